// Customer lifetime value by segment rendered with text/template and method calls.
package main

import (
	"cmp"
	"os"
	"slices"
	"strings"
	"text/template"
)

type Segment struct {
	Name         string
	Customers    int
	ARPA         float64 // avg revenue per account per month
	GrossMargin  float64
	MonthlyChurn float64
	CAC          float64 // customer acquisition cost
}

func (s Segment) Lifetime() float64 { return 1 / s.MonthlyChurn }
func (s Segment) LTV() float64      { return s.ARPA * s.GrossMargin * s.Lifetime() }
func (s Segment) Ratio() float64    { return s.LTV() / s.CAC }
func (s Segment) Payback() float64  { return s.CAC / (s.ARPA * s.GrossMargin) }

func (s Segment) Health() string {
	switch r := s.Ratio(); {
	case r >= 5:
		return "under-investing?"
	case r >= 3:
		return "healthy"
	case r >= 1:
		return "marginal"
	default:
		return "unprofitable"
	}
}

type Report struct {
	Title    string
	Segments []Segment
}

func (r Report) TotalCustomers() (n int) {
	for _, s := range r.Segments {
		n += s.Customers
	}
	return
}

func (r Report) BlendedLTV() float64 {
	var w float64
	for _, s := range r.Segments {
		w += s.LTV() * float64(s.Customers)
	}
	return w / float64(r.TotalCustomers())
}

const tpl = `{{.Title}}
{{repeat "=" (len .Title)}}
{{printf "%-12s %6s %8s %7s %9s %10s %6s %8s" "Segment" "Accts" "ARPA" "Churn" "Life(mo)" "LTV" "LTV:CAC" "Payback"}}
{{range .Segments -}}
{{printf "%-12s %6d %8.2f %6.1f%% %9.1f %10.2f %6.1fx %7.1fm" .Name .Customers .ARPA (pct .MonthlyChurn) .Lifetime .LTV .Ratio .Payback}}{{if lt .Ratio 3.0}}  <- {{.Health}}{{end}}
{{end -}}
{{repeat "-" 76}}
Customers: {{.TotalCustomers}}   Blended LTV: {{printf "%.2f" .BlendedLTV}}
{{- range .Segments}}{{if eq .Health "under-investing?"}}
Note: {{.Name}} LTV:CAC of {{printf "%.1f" .Ratio}} suggests room to spend more on acquisition.{{end}}{{end}}
`

func main() {
	r := Report{Title: "LTV by Segment - FY24 Q2", Segments: []Segment{
		{"SMB", 1840, 89, 0.78, 0.042, 410},
		{"Mid-Market", 412, 640, 0.74, 0.018, 5200},
		{"Enterprise", 58, 4850, 0.71, 0.007, 48000},
		{"Self-serve", 9120, 19, 0.85, 0.071, 35},
		{"Partner", 133, 310, 0.52, 0.035, 2600},
	}}
	slices.SortFunc(r.Segments, func(a, b Segment) int { return cmp.Compare(b.LTV(), a.LTV()) })
	t := template.Must(template.New("ltv").Funcs(template.FuncMap{
		"repeat": strings.Repeat,
		"pct":    func(f float64) float64 { return f * 100 },
	}).Parse(tpl))
	if err := t.Execute(os.Stdout, r); err != nil {
		panic(err)
	}
}
