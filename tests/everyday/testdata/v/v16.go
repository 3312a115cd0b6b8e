package main

import (
	"fmt"
	"slices"
	"strings"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Percent float64

func (p Percent) String() string { return fmt.Sprintf("%.1f%%", float64(p)*100) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case int:
		return fmt.Sprintf("int(%d)", x)
	case float64:
		return fmt.Sprintf("float(%g)", x)
	case string:
		return fmt.Sprintf("string(%q, len=%d)", x, len(x))
	case bool:
		return fmt.Sprintf("bool(%t)", x)
	case Money:
		return "money " + x.String()
	case Percent, Celsius:
		return fmt.Sprintf("unit %T = %v", x, x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = describe(e)
		}
		return "list[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + ": " + describe(x[k])
		}
		return "{" + strings.Join(parts, "; ") + "}"
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case float64:
		return x, true
	case Money:
		return float64(x) / 100, true
	case Percent:
		return float64(x), true
	case Celsius:
		return float64(x), true
	}
	return 0, false
}

func main() {
	record := map[string]any{
		"customer": "Acme Corp",
		"balance":  Money(123456),
		"churn":    Percent(0.042),
		"temp":     Celsius(21.75),
		"orders":   17,
		"score":    8.25,
		"active":   true,
		"manager":  nil,
		"history":  []any{Money(500), Money(1250), 3, "n/a"},
		"geo":      map[string]any{"lat": 52.52, "lon": 13.405, "city": "Berlin"},
		"err":      fmt.Errorf("quota exceeded"),
		"ids":      []int{1, 2, 3},
	}
	keys := make([]string, 0, len(record))
	for k := range record {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%-9s -> %s\n", k, describe(record[k]))
	}

	fmt.Println(record["balance"], record["churn"], record["temp"])
	fmt.Printf("%v | %s | %d | %.3f\n", record["balance"], record["churn"], record["balance"], record["churn"])
	fmt.Printf("%#v %#v\n", record["balance"], record["churn"])

	row := []any{Money(999), 2, 3.5, Percent(0.5), "x", nil, Celsius(-4)}
	var total float64
	var skipped []string
	for i, v := range row {
		if f, ok := toFloat(v); ok {
			total += f
		} else {
			skipped = append(skipped, fmt.Sprintf("%d:%T", i, v))
		}
	}
	fmt.Printf("numeric total=%.3f skipped=%v\n", total, skipped)
	fmt.Println(row)
	fmt.Printf("%v\n", []Money{1, 250, 100000})
	m := map[Percent]string{0.1: "low", 0.5: "mid", 0.9: "high"}
	fmt.Println(m)
}
