package main

import (
	"encoding/json"
	"fmt"
	"log"
	"maps"
	"slices"
	"strings"
)

const payload = `{
  "dataset": "survey-2024",
  "version": 3,
  "published": true,
  "owner": null,
  "weights": [0.5, 1, 1.25],
  "meta": {"rows": 1520, "source": "web", "tags": ["q1", "pilot"], "quality": {"missing": 0.031}},
  "responses": [
    {"id": 1, "age": 34, "answers": {"q1": "yes", "q2": 4}},
    {"id": 2, "age": null, "answers": {"q1": "no", "q2": 2, "q3": [1, 2]}},
    {"id": 3, "age": 51, "answers": {"q1": "yes"}}
  ]
}`

// walk prints every leaf with its JSON path, in a deterministic order.
func walk(path string, v any, visit func(path string, v any)) {
	switch t := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(t)) {
			walk(path+"."+k, t[k], visit)
		}
	case []any:
		for i, e := range t {
			walk(fmt.Sprintf("%s[%d]", path, i), e, visit)
		}
	default:
		visit(path, t)
	}
}

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "bool"
	case float64:
		if x == float64(int64(x)) {
			return "int-ish"
		}
		return "float"
	case json.Number:
		return "number"
	case string:
		return "string"
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	var doc map[string]any
	if err := json.Unmarshal([]byte(payload), &doc); err != nil {
		log.Fatal(err)
	}

	counts := map[string]int{}
	walk("$", doc, func(p string, v any) {
		k := kind(v)
		counts[k]++
		fmt.Printf("%-32s %-8s %v\n", p, k, v)
	})
	fmt.Println("\nleaf kinds:", counts)

	// Typed access with comma-ok assertions.
	meta, _ := doc["meta"].(map[string]any)
	rows, _ := meta["rows"].(float64)
	missing := meta["quality"].(map[string]any)["missing"].(float64)
	fmt.Printf("\nrows=%d missing=%.1f%% => ~%d incomplete\n", int(rows), missing*100, int(rows*missing))
	if _, ok := doc["owner"].(string); !ok {
		fmt.Println("owner is not a string:", doc["owner"] == nil)
	}

	// Flatten responses into a table of all answer keys.
	resp := doc["responses"].([]any)
	keySet := map[string]struct{}{}
	for _, r := range resp {
		for k := range r.(map[string]any)["answers"].(map[string]any) {
			keySet[k] = struct{}{}
		}
	}
	cols := slices.Sorted(maps.Keys(keySet))
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%-4s %-5s", "id", "age")
	for _, c := range cols {
		fmt.Fprintf(&sb, " %-8s", c)
	}
	fmt.Println(strings.TrimRight(sb.String(), " "))
	for _, r := range resp {
		m := r.(map[string]any)
		age := "NA"
		if a, ok := m["age"].(float64); ok {
			age = fmt.Sprint(a)
		}
		sb.Reset()
		fmt.Fprintf(&sb, "%-4v %-5s", m["id"], age)
		ans := m["answers"].(map[string]any)
		for _, c := range cols {
			v, ok := ans[c]
			cell := "-"
			if ok {
				b, _ := json.Marshal(v)
				cell = string(b)
			}
			fmt.Fprintf(&sb, " %-8s", cell)
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}

	// UseNumber keeps numeric literals exact.
	dec := json.NewDecoder(strings.NewReader(`{"id": 9007199254740993, "ratio": 0.1}`))
	dec.UseNumber()
	var exact map[string]any
	if err := dec.Decode(&exact); err != nil {
		log.Fatal(err)
	}
	id := exact["id"].(json.Number)
	n, err := id.Int64()
	fmt.Printf("\nUseNumber: id=%s (%T) int64=%d err=%v; float64 would be %.0f\n", id, exact["id"], n, err, float64(n))
}
