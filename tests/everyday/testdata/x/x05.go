package main

import (
	"fmt"
	"sort"
	"strings"
)

type Invoice struct {
	Customer string
	Number   int
	Items    []Item
}

type Item struct {
	Name string
	Qty  int
	Cent int64
}

const tmpl = `Dear {{name}},

Thank you for order #{{number}}. Items:
{{items}}
Total: {{total}}
{{footer}}`

func money(c int64) string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func render(inv Invoice, footer string) string {
	var b strings.Builder
	var total int64
	for i, it := range inv.Items {
		line := int64(it.Qty) * it.Cent
		total += line
		fmt.Fprintf(&b, "  %d. %-12s x%-3d %10s\n", i+1, it.Name, it.Qty, money(line))
	}
	r := strings.NewReplacer(
		"{{name}}", inv.Customer,
		"{{number}}", fmt.Sprint(inv.Number),
		"{{items}}", strings.TrimRight(b.String(), "\n"),
		"{{total}}", money(total),
		"{{footer}}", footer,
	)
	return r.Replace(tmpl)
}

func main() {
	invs := []Invoice{
		{"Ada", 1001, []Item{{"Keyboard", 1, 4999}, {"Cable", 3, 799}}},
		{"Grace", 1002, []Item{{"Monitor", 2, 18950}}},
	}
	for _, inv := range invs {
		fmt.Println(render(inv, "-- The Shop"))
		fmt.Println(strings.Repeat("=", 30))
	}

	// HTML-ish escaping with a replacer
	esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(esc.Replace(`<a href="x">Tom & Jerry</a>`))

	// replacer picks earliest match, then first listed pattern at that position
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))

	// build a replacer from a map (sorted for determinism)
	vars := map[string]string{"$HOME": "/home/gopher", "$USER": "gopher", "$SHELL": "/bin/zsh"}
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var pairs []string
	for _, k := range keys {
		pairs = append(pairs, k, vars[k])
	}
	env := strings.NewReplacer(pairs...)
	fmt.Println(env.Replace("user=$USER home=$HOME shell=$SHELL other=$OTHER"))

	var sb strings.Builder
	for i := range 5 {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteByte('a' + byte(i))
		sb.WriteRune('→')
		fmt.Fprintf(&sb, "%d", i*i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Title("not used") == "Not Used")
}
