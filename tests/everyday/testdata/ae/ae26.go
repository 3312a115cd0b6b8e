package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"unicode"
)

type Field struct {
	Name     string // snake_case
	Type     string // schema type
	Required bool
	MaxLen   int
	Doc      string
}

type Model struct {
	Name   string
	Fields []Field
}

var goTypes = map[string]string{
	"string": "string", "int": "int64", "bool": "bool", "float": "float64",
	"timestamp": "time.Time", "strings": "[]string",
}

func exported(snake string) string {
	var b strings.Builder
	for _, part := range strings.Split(snake, "_") {
		if part == "" {
			continue
		}
		switch up := strings.ToUpper(part); up {
		case "ID", "URL", "SKU", "API":
			b.WriteString(up)
		default:
			r := []rune(part)
			r[0] = unicode.ToUpper(r[0])
			b.WriteString(string(r))
		}
	}
	return b.String()
}

func (f Field) GoType() string { return goTypes[f.Type] }

func (f Field) Tag() string {
	opts := f.Name
	if !f.Required {
		opts += ",omitempty"
	}
	return fmt.Sprintf("`json:%q`", opts)
}

type gen struct {
	sb      strings.Builder
	imports map[string]bool
}

func (g *gen) p(format string, args ...any) {
	fmt.Fprintf(&g.sb, format, args...)
	g.sb.WriteByte('\n')
}

func (g *gen) model(m Model) {
	g.p("// %s is generated from schema; do not edit.", m.Name)
	g.p("type %s struct {", m.Name)
	var body strings.Builder
	tw := tabwriter.NewWriter(&body, 0, 4, 1, ' ', 0)
	for _, f := range m.Fields {
		if strings.HasPrefix(f.GoType(), "time.") {
			g.imports["time"] = true
		}
		comment := ""
		if f.Doc != "" {
			comment = "\t// " + f.Doc
		}
		fmt.Fprintf(tw, "%s\t%s\t%s%s\n", exported(f.Name), f.GoType(), f.Tag(), comment)
	}
	tw.Flush()
	for _, line := range strings.SplitAfter(body.String(), "\n") {
		if line != "" {
			g.sb.WriteString("\t" + line)
		}
	}
	g.p("}")
	g.p("")
	recv := strings.ToLower(m.Name[:1])
	g.p("func (%s *%s) Validate() error {", recv, m.Name)
	for _, f := range m.Fields {
		name := recv + "." + exported(f.Name)
		if f.Required && f.Type == "string" {
			g.imports["errors"] = true
			g.p("\tif %s == \"\" {\n\t\treturn errors.New(%q)\n\t}", name, f.Name+" is required")
		}
		if f.MaxLen > 0 {
			g.imports["fmt"] = true
			g.p("\tif len(%s) > %d {\n\t\treturn fmt.Errorf(\"%s too long: %%d > %d\", len(%s))\n\t}",
				name, f.MaxLen, f.Name, f.MaxLen, name)
		}
	}
	g.p("\treturn nil")
	g.p("}")
	g.p("")
}

func main() {
	models := []Model{
		{"Customer", []Field{
			{"id", "int", true, 0, "primary key"},
			{"display_name", "string", true, 80, ""},
			{"email", "string", true, 254, "unique"},
			{"homepage_url", "string", false, 0, ""},
			{"vip", "bool", false, 0, ""},
			{"created_at", "timestamp", true, 0, "UTC"},
		}},
		{"LineItem", []Field{
			{"sku", "string", true, 32, ""},
			{"unit_price", "float", true, 0, "in EUR"},
			{"labels", "strings", false, 10, ""},
		}},
	}
	g := &gen{imports: map[string]bool{}}
	for _, m := range models {
		g.model(m)
	}
	var out strings.Builder
	out.WriteString("package models\n\nimport (\n")
	for _, imp := range []string{"errors", "fmt", "time"} {
		if g.imports[imp] {
			fmt.Fprintf(&out, "\t%q\n", imp)
		}
	}
	out.WriteString(")\n\n")
	out.WriteString(strings.TrimRight(g.sb.String(), "\n") + "\n")
	os.Stdout.WriteString(out.String())
}
