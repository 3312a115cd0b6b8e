package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Disk struct {
	Mount   string
	UsedGB  float64
	TotalGB float64
}

func (d Disk) Pct() float64 { return d.UsedGB / d.TotalGB * 100 }

type Host struct {
	Name     string
	Role     string
	Uptime   int // hours
	Load     [3]float64
	Disks    []Disk
	Warnings []string
	Owner    *string
}

const report = `{{- /* host health report */ -}}
{{range $idx, $h := .}}
{{- $idx | printf "%02d" }} {{$h.Name | printf "%-10s"}} role={{$h.Role | upper | printf "%-4s"}} up={{days $h.Uptime}}
{{- with $h.Owner}} owner={{.}}{{else}} owner=<unassigned>{{end}}
    load: {{range $i, $l := $h.Load}}{{if $i}} / {{end}}{{printf "%.2f" $l}}{{end}}
    {{- if gt (index $h.Load 0) 4.0}}  <-- HIGH{{end}}
{{range $h.Disks}}    disk {{printf "%-8s" .Mount}} {{printf "%5.1f" .Pct}}% {{bar .Pct 20}}
    {{- if and (ge .Pct 90.0) (ne .Mount "/tmp")}} CRITICAL{{else if ge .Pct 75.0}} warn{{end}}
{{end}}
{{- with $h.Warnings}}    warnings ({{len .}}):
{{- range .}} {{.}};{{end}}
{{else}}    no warnings
{{end -}}
{{end -}}
`

func main() {
	alice := "alice"
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"days": func(h int) string {
			if h < 24 {
				return fmt.Sprintf("%dh", h)
			}
			return fmt.Sprintf("%dd%dh", h/24, h%24)
		},
		"bar": func(pct float64, width int) string {
			n := int(pct/100*float64(width) + 0.5)
			return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "]"
		},
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(report))
	hosts := []Host{
		{"web-01", "web", 410, [3]float64{0.42, 0.51, 0.60},
			[]Disk{{"/", 12.1, 40}, {"/var", 31.9, 40}}, nil, &alice},
		{"db-01", "db", 5, [3]float64{6.10, 5.20, 3.95},
			[]Disk{{"/", 9, 20}, {"/data", 930, 1000}, {"/tmp", 19, 20}},
			[]string{"replication lag 12s", "slow queries"}, nil},
		{"cache-01", "kv", 26, [3]float64{1.00, 1.25, 1.5},
			[]Disk{{"/", 16, 20}}, []string{"evictions rising"}, &alice},
	}
	if err := t.Execute(os.Stdout, hosts); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
}
