package gointerp

import "testing"

// text/template calls the methods of a cell's types, prints a field of a
// type with a String method through it, and names the type in an error.
func TestTemplateCallsMethods(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import ("strings"; "text/template")
type Cents int64
func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }
type Line struct {
	Desc  string
	Qty   int
	Price Cents
}
func (l Line) Amount() Cents { return Cents(l.Qty) * l.Price }
func (l *Line) Scaled(n int) int { return l.Qty * n }
type Invoice struct {
	Number string
	Lines  []Line
}
func (i Invoice) Overdue() bool { return i.Number == "B" }
func run(src string, data any) string {
	var sb strings.Builder
	err := template.Must(template.New("t").Parse(src)).Execute(&sb, data)
	if err != nil {
		return "error: " + err.Error()
	}
	return sb.String()
}`)
	cases := map[string]string{
		`run("{{range .}}{{.Number}}{{if .Overdue}}!{{end}};{{end}}", []Invoice{{Number: "A"}, {Number: "B"}})`:                                           "A;B!;",
		`run("{{range .Lines}}{{.Desc}} {{.Price}} {{.Amount}} {{printf \"%8v\" .Amount}} {{.Scaled 3}};{{end}}", Invoice{Lines: []Line{{"x", 2, 150}}})`: "x $1.50 $3.00    $3.00 6;",
		`run("{{$i := .}}{{$i.Number}} {{len $i.Lines}}", Invoice{Number: "C"})`:                                                                          "C 0",
		`run("{{.Missing}}", Invoice{})`: `error: template: t:1:2: executing "t" at <.Missing>: can't evaluate field Missing in type main.Invoice`,
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s:\n got %q\nwant %q", src, got, want)
		}
	}
}

// html/template calls the methods of the cell's types as text/template
// does (it failed: "can't evaluate field TrackURL"), and escapes their
// results; the elements of a []Op, a cell's interface, find theirs too.
func TestHTMLTemplateAndInterfaceElements(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import (htmltemplate "html/template"; "os"; "text/template")
type Order struct{ ID, Note string }
func (o Order) TrackURL() string { return "https://t.example/?id=" + o.ID }
type Op interface{ Up() string }
type Add struct{ T string }
func (a Add) Up() string { return "ADD " + a.T }
type Drop struct{ T string }
func (d Drop) Up() string { return "DROP " + d.T }`)
	_, io := mustRun(t, in, `h := htmltemplate.Must(htmltemplate.New("h").Parse(`+"`"+`<a href="{{.TrackURL}}">{{.Note}}</a>`+"`"+`))
h.Execute(os.Stdout, Order{"Z 9", "<fragile>"})
m := template.Must(template.New("m").Parse("\n{{range .}}{{.Up}};{{end}}"))
m.Execute(os.Stdout, []Op{Add{"a"}, Drop{"b"}})`)
	want := `<a href="https://t.example/?id=Z%209">&lt;fragile&gt;</a>` + "\nADD a;DROP b;"
	if got := io.stream("stdout"); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
