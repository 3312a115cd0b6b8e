package main

import (
	"fmt"
	"sort"
	"strings"
)

type Value any

func render(v Value, indent int) string {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return fmt.Sprint(x)
	case int, float64:
		return fmt.Sprint(x)
	case string:
		return fmt.Sprintf("%q", x)
	case []Value:
		if len(x) == 0 {
			return "[]"
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pad + "  " + render(e, indent+1)
		}
		return "[\n" + strings.Join(parts, ",\n") + "\n" + pad + "]"
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var sb strings.Builder
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(&sb, "%s  %q: %s", pad, k, render(x[k], indent+1))
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		return sb.String() + pad + "}"
	default:
		return fmt.Sprintf("<%T>", x)
	}
}

func count(v Value, counts map[string]int) {
	switch x := v.(type) {
	case []Value:
		counts["array"]++
		for _, e := range x {
			count(e, counts)
		}
	case map[string]Value:
		counts["object"]++
		for _, e := range x {
			count(e, counts)
		}
	case int, float64:
		counts["number"]++
	default:
		counts[fmt.Sprintf("%T", x)]++
	}
}

func main() {
	doc := map[string]Value{
		"name":    "gopher",
		"age":     13,
		"ratio":   0.75,
		"active":  true,
		"missing": nil,
		"tags":    []Value{"go", "fast", []Value{}},
		"owner": map[string]Value{
			"id":    1,
			"langs": []Value{"en", map[string]Value{"x": 1.5}},
		},
		"odd": struct{}{},
	}
	fmt.Println(render(doc, 0))
	counts := map[string]int{}
	count(doc, counts)
	fmt.Println(counts)
}
