package main

import (
	"fmt"
	"html/template"
	"os"
	"sort"
	"strings"
)

type Result struct {
	Package string
	Test    string
	Millis  int
	Status  string // pass, fail, skip
	Output  string
}

type Suite struct {
	Package string
	Results []Result
}

func (s Suite) Count(status string) int {
	n := 0
	for _, r := range s.Results {
		if r.Status == status {
			n++
		}
	}
	return n
}

func (s Suite) Duration() string {
	t := 0
	for _, r := range s.Results {
		t += r.Millis
	}
	return fmt.Sprintf("%.2fs", float64(t)/1000)
}

const page = `{{define "row"}}<tr class="{{.Status}}">
      <td>{{.Test}}</td><td>{{ms .Millis}}</td><td>{{.Status | upper}}</td>
    </tr>
    {{- with .Output}}
    <tr class="output"><td colspan="3"><pre>{{.}}</pre></td></tr>
    {{- end}}{{end -}}
{{define "suite"}}<section id="{{anchor .Package}}">
  <h2>{{.Package}} <small>{{.Count "pass"}} passed, {{.Count "fail"}} failed, {{.Count "skip"}} skipped in {{.Duration}}</small></h2>
  <table>
    {{range .Results}}{{template "row" .}}
    {{end -}}
  </table>
</section>{{end -}}
<h1>Test report: {{.Title}}</h1>
<nav>{{range $i, $s := .Suites}}{{if $i}} | {{end}}<a href="#{{anchor $s.Package}}">{{$s.Package}}</a>{{end}}</nav>
{{range .Suites}}{{template "suite" .}}
{{else}}<p>No tests were run.</p>
{{end}}`

func main() {
	t := template.Must(template.New("report").Funcs(template.FuncMap{
		"upper":  strings.ToUpper,
		"ms":     func(n int) string { return fmt.Sprintf("%dms", n) },
		"anchor": func(s string) string { return strings.ReplaceAll(s, "/", "-") },
	}).Parse(page))

	results := []Result{
		{"shop/cart", "TestAddItem", 4, "pass", ""},
		{"shop/cart", "TestRemoveMissing", 2, "fail", "cart_test.go:41: got err <nil>, want ErrNotFound"},
		{"shop/cart", "TestTotals", 11, "pass", ""},
		{"shop/pay", "TestRefund", 130, "pass", ""},
		{"shop/pay", "TestThreeDS", 0, "skip", "requires sandbox credentials & network"},
	}
	bySuite := map[string]*Suite{}
	for _, r := range results {
		s, ok := bySuite[r.Package]
		if !ok {
			s = &Suite{Package: r.Package}
			bySuite[r.Package] = s
		}
		s.Results = append(s.Results, r)
	}
	var suites []Suite
	for _, s := range bySuite {
		suites = append(suites, *s)
	}
	sort.Slice(suites, func(i, j int) bool { return suites[i].Package < suites[j].Package })

	data := struct {
		Title  string
		Suites []Suite
	}{"nightly <main>", suites}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	data.Suites = nil
	data.Title = "empty run"
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
}
