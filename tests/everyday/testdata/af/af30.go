package main

import (
	"errors"
	"fmt"
	"maps"
	"strings"
)

type Node interface{}
type Text string
type Var struct {
	Path    string
	Filters []string
}
type If struct {
	Cond       string
	Then, Else []Node
}
type Range struct {
	List string
	Body []Node
}

type TemplateError struct {
	Line, Col int
	Msg       string
}

func (e *TemplateError) Error() string {
	return fmt.Sprintf("template:%d:%d: %s", e.Line, e.Col, e.Msg)
}

type tag struct {
	text   string // contents between {{ and }}, trimmed ("" for plain text)
	plain  string
	offset int
}

func split(src string) []tag {
	var out []tag
	for i := 0; i < len(src); {
		open := strings.Index(src[i:], "{{")
		if open < 0 {
			out = append(out, tag{plain: src[i:], offset: i})
			break
		}
		if open > 0 {
			out = append(out, tag{plain: src[i : i+open], offset: i})
		}
		close := strings.Index(src[i+open:], "}}")
		if close < 0 {
			panic(errAt(src, i+open, "unclosed action"))
		}
		out = append(out, tag{text: strings.TrimSpace(src[i+open+2 : i+open+close]), offset: i + open})
		i += open + close + 2
	}
	return out
}

func errAt(src string, off int, msg string) *TemplateError {
	line := 1 + strings.Count(src[:off], "\n")
	col := off - strings.LastIndex(src[:off], "\n")
	return &TemplateError{line, col, msg}
}

// parse consumes tags until one of the stop words; it returns the stop word seen.
func parse(src string, tags []tag, pos *int, stops ...string) ([]Node, string) {
	var nodes []Node
	for *pos < len(tags) {
		t := tags[*pos]
		*pos++
		if t.text == "" {
			nodes = append(nodes, Text(t.plain))
			continue
		}
		word, arg, _ := strings.Cut(t.text, " ")
		for _, s := range stops {
			if word == s {
				return nodes, word
			}
		}
		switch word {
		case "if":
			n := If{Cond: arg}
			var stop string
			if n.Then, stop = parse(src, tags, pos, "else", "end"); stop == "else" {
				n.Else, _ = parse(src, tags, pos, "end")
			}
			nodes = append(nodes, n)
		case "range":
			body, _ := parse(src, tags, pos, "end")
			nodes = append(nodes, Range{arg, body})
		case "end", "else":
			panic(errAt(src, t.offset, "unexpected {{"+word+"}}"))
		default:
			parts := strings.Split(t.text, "|")
			v := Var{Path: strings.TrimSpace(parts[0])}
			for _, f := range parts[1:] {
				name := strings.TrimSpace(f)
				if _, ok := filters[name]; !ok {
					panic(errAt(src, t.offset, "unknown filter "+name))
				}
				v.Filters = append(v.Filters, name)
			}
			nodes = append(nodes, v)
		}
	}
	if len(stops) > 0 {
		panic(errAt(src, len(src), "missing {{end}}"))
	}
	return nodes, ""
}

var filters = map[string]func(string) string{
	"upper": strings.ToUpper,
	"lower": strings.ToLower,
	"title": func(s string) string { return strings.ToUpper(s[:min(1, len(s))]) + s[min(1, len(s)):] },
	"trim":  strings.TrimSpace,
	"quote": func(s string) string { return fmt.Sprintf("%q", s) },
}

var ErrMissing = errors.New("missing value")

func render(nodes []Node, data map[string]any, sb *strings.Builder) error {
	for _, n := range nodes {
		switch n := n.(type) {
		case Text:
			sb.WriteString(string(n))
		case Var:
			v, ok := data[n.Path]
			if !ok {
				return fmt.Errorf("%w: %s", ErrMissing, n.Path)
			}
			s := fmt.Sprint(v)
			for _, f := range n.Filters {
				s = filters[f](s)
			}
			sb.WriteString(s)
		case If:
			branch := n.Else
			if v, ok := data[n.Cond]; ok && v != false && v != "" && v != 0 {
				branch = n.Then
			}
			if err := render(branch, data, sb); err != nil {
				return err
			}
		case Range:
			items, _ := data[n.List].([]string)
			for i, it := range items {
				scope := maps.Clone(data)
				scope["it"], scope["index"] = it, i+1
				if err := render(n.Body, scope, sb); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func Execute(src string, data map[string]any) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(*TemplateError)
		}
	}()
	pos := 0
	nodes, _ := parse(src, split(src), &pos)
	var sb strings.Builder
	err = render(nodes, data, &sb)
	return sb.String(), err
}

func main() {
	data := map[string]any{"name": "ada", "count": 3, "admin": true, "items": []string{"keyboard", "mouse", "monitor"}, "note": "  spaced  "}
	templates := []string{
		"Hello {{ name | title }}! You have {{count}} new messages.",
		"{{if admin}}[admin] {{name|upper}}{{else}}user {{name}}{{end}}",
		"{{if guest}}guest{{else}}not a guest{{end}} / note={{note|trim|quote}}",
		"Cart:\n{{range items}}  {{index}}. {{it | title}} for {{name}}\n{{end}}Total: {{count}}",
		"Hi {{name | shout}}",
		"line one\n  {{if admin}} never closed",
		"oops {{name",
		"{{end}} stray",
		"ok {{name}} then {{missing}} value",
	}
	for i, t := range templates {
		out, err := Execute(t, data)
		var te *TemplateError
		switch {
		case errors.As(err, &te):
			fmt.Printf("#%d parse error at line %d col %d: %s\n", i+1, te.Line, te.Col, te.Msg)
		case errors.Is(err, ErrMissing):
			fmt.Printf("#%d render error: %v (partial %q)\n", i+1, err, out)
		default:
			fmt.Printf("#%d %s\n", i+1, strings.ReplaceAll(out, "\n", "\n   "))
		}
	}
}
