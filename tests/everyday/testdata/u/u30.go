package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Container struct {
	Name   string
	Image  string
	Port   int
	Env    map[string]string
	Limits Resources
}

type Resources struct {
	CPU    string
	Memory string
}

type Deployment struct {
	App        string
	Namespace  string
	Replicas   int
	Labels     map[string]string
	Containers []Container
	Canary     bool
}

const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{.App}}
  namespace: {{.Namespace | printf "%q"}}
  labels:
{{- range $k, $v := .Labels}}
    {{$k}}: {{$v}}
{{- end}}
spec:
  replicas: {{if .Canary}}1{{else}}{{.Replicas}}{{end}}
  containers:
{{- range $i, $c := .Containers}}
  - name: {{$c.Name}}   # container {{$i}}
    image: {{$c.Image}}
    {{- with $c.Port}}
    port: {{.}}
    {{- end}}
    {{- if $c.Env}}
    env:
    {{- range $k, $v := $c.Env}}
      - {{$k}}={{$v}}
    {{- end}}
    {{- end}}
    resources: {cpu: {{$c.Limits.CPU}}, memory: {{$c.Limits.Memory}}}
{{- end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
	}
	tmpl := template.Must(template.New("deploy").Funcs(funcs).Parse(manifest))

	d := Deployment{
		App:       "checkout",
		Namespace: "shop",
		Replicas:  3,
		Labels:    map[string]string{"tier": "backend", "app": "checkout", "team": "payments"},
		Containers: []Container{
			{Name: "api", Image: "registry.local/checkout:1.4.2", Port: 8080,
				Env:    map[string]string{"LOG_LEVEL": "info", "DB_HOST": "pg"},
				Limits: Resources{"500m", "256Mi"}},
			{Name: "sidecar", Image: "envoy:1.29", Limits: Resources{CPU: "100m", Memory: "64Mi"}},
		},
	}
	if err := tmpl.Execute(os.Stdout, d); err != nil {
		fmt.Println("error:", err)
	}

	d.Canary = true
	d.App = "checkout-canary"
	var sb strings.Builder
	_ = tmpl.Execute(&sb, d)
	lines := strings.Split(sb.String(), "\n")
	fmt.Println("canary lines:", len(lines), "|", strings.TrimSpace(lines[3]), "|", strings.TrimSpace(lines[9]))

	summary := template.Must(template.New("sum").Funcs(funcs).Parse(
		`{{upper .App}} has {{len .Containers}} container(s): {{range $i, $c := .Containers}}{{if $i}}, {{end}}{{$c.Name}}{{end}}` + "\n"))
	_ = summary.Execute(os.Stdout, d)

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(&sb, d)
	fmt.Println("missing field error:", err != nil)
	_, err = template.New("syntax").Parse("{{if .App}}unterminated")
	fmt.Println("parse error:", err)
}
