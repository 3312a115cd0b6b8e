package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Param struct {
	Name     string
	In       string // path, query, body
	Type     string
	Required bool
	Desc     string
}

type Endpoint struct {
	Method  string
	Path    string
	Summary string
	Params  []Param
	Returns map[int]string
	Auth    bool
}

func (e Endpoint) ParamsIn(loc string) []Param {
	var out []Param
	for _, p := range e.Params {
		if p.In == loc {
			out = append(out, p)
		}
	}
	return out
}

func (e Endpoint) Anchor() string {
	r := strings.NewReplacer("/", "-", "{", "", "}", "")
	return strings.ToLower(e.Method) + strings.TrimSuffix(r.Replace(e.Path), "-")
}

func (e Endpoint) Example(host string) string {
	path := e.Path
	for _, p := range e.ParamsIn("path") {
		path = strings.ReplaceAll(path, "{"+p.Name+"}", "<"+p.Name+">")
	}
	var q []string
	for _, p := range e.ParamsIn("query") {
		if p.Required {
			q = append(q, p.Name+"=...")
		}
	}
	url := host + path
	if len(q) > 0 {
		url += "?" + strings.Join(q, "&")
	}
	return fmt.Sprintf("curl -X %s %q", e.Method, url)
}

const doc = `{{define "params"}}{{if .}}
| Name | Type | Required | Description |
|------|------|:--------:|-------------|
{{range .}}| ` + "`{{.Name}}`" + ` | {{.Type}} | {{if .Required}}yes{{else}}no{{end}} | {{.Desc}} |
{{end}}{{end}}{{end -}}
# {{.Title}} API reference

{{range .Endpoints}}- [{{.Method}} {{.Path}}](#{{.Anchor}})
{{end}}
{{- range .Endpoints}}
## {{.Method}} {{.Path}}
{{.Summary}}{{if .Auth}} 🔒 requires a bearer token.{{end}}
{{with .ParamsIn "path"}}
**Path parameters**
{{template "params" .}}{{end -}}
{{with .ParamsIn "query"}}
**Query parameters**
{{template "params" .}}{{end}}
**Responses:** {{range $code, $desc := .Returns}}` + "`{{$code}}`" + ` {{$desc}}; {{end}}

    {{.Example $.Host}}
{{end}}`

func main() {
	t := template.Must(template.New("doc").Parse(doc))
	data := struct {
		Title     string
		Host      string
		Endpoints []Endpoint
	}{
		Title: "Bookshelf",
		Host:  "https://api.bookshelf.test",
		Endpoints: []Endpoint{
			{"GET", "/books", "List books in the catalogue.", []Param{
				{"author", "query", "string", false, "Filter by author name"},
				{"page", "query", "int", false, "1-based page number"},
				{"limit", "query", "int", true, "Page size (max 100)"},
			}, map[int]string{200: "OK", 400: "Bad request"}, false},
			{"GET", "/books/{isbn}", "Fetch one book.", []Param{
				{"isbn", "path", "string", true, "ISBN-13"},
			}, map[int]string{200: "OK", 404: "Not found"}, false},
			{"DELETE", "/shelves/{id}/books/{isbn}", "Remove a book from a shelf.", []Param{
				{"id", "path", "int", true, "Shelf ID"},
				{"isbn", "path", "string", true, "ISBN-13"},
			}, map[int]string{204: "Removed", 401: "Unauthorized", 404: "Not found"}, true},
		},
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
}
