package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Job struct {
	Name    string
	OS      []string
	GoVers  []string
	Steps   []Step
	Secrets []string
}

type Step struct {
	Name string
	Run  string
}

func (s Step) Lines() []string { return strings.Split(strings.TrimSpace(s.Run), "\n") }

func (s Step) Multi() bool { return strings.Contains(strings.TrimSpace(s.Run), "\n") }

type Workflow struct {
	Name     string
	Branches []string
	Jobs     []Job
}

// The output itself uses {{ }} (GitHub expressions), so the template uses [[ ]].
const workflow = `# generated — edit ci.go instead
name: [[.Name]]
on:
  push:
    branches: [ [[join .Branches ", "]] ]
  pull_request:
jobs:
[[- range .Jobs]]
  [[.Name]]:
    runs-on: ${{ matrix.os }}
    strategy:
      matrix:
        os: [ [[join .OS ", "]] ]
        go: [ [[join (quoteAll .GoVers) ", "]] ]
    [[- with .Secrets]]
    env:
      [[- range .]]
      [[.]]: ${{ secrets.[[.]] }}
      [[- end]]
    [[- end]]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: ${{ matrix.go }}
      [[- range .Steps]]
      - name: [[.Name]]
        [[- if .Multi]]
        run: |
          [[- range .Lines]]
          [[.]]
          [[- end]]
        [[- else]]
        run: [[.Run]]
        [[- end]]
      [[- end]]
[[- end]]
`

func main() {
	funcs := template.FuncMap{
		"join": strings.Join,
		"quoteAll": func(xs []string) []string {
			out := make([]string, len(xs))
			for i, x := range xs {
				out[i] = fmt.Sprintf("%q", x)
			}
			return out
		},
	}
	t, err := template.New("wf").Delims("[[", "]]").Funcs(funcs).Parse(workflow)
	if err != nil {
		fmt.Println("parse:", err)
		os.Exit(1)
	}
	wf := Workflow{
		Name:     "CI",
		Branches: []string{"main", "release/*"},
		Jobs: []Job{
			{
				Name:   "test",
				OS:     []string{"ubuntu-latest", "macos-latest"},
				GoVers: []string{"1.22", "1.23"},
				Steps: []Step{
					{"Vet", "go vet ./..."},
					{"Test", "go test -race -count=1 ./...\ngo test -run Example ./..."},
				},
			},
			{
				Name:    "release",
				OS:      []string{"ubuntu-latest"},
				GoVers:  []string{"1.23"},
				Secrets: []string{"GPG_KEY", "GITHUB_TOKEN"},
				Steps:   []Step{{"Build", "make dist"}},
			},
		},
	}
	if err := t.Execute(os.Stdout, wf); err != nil {
		fmt.Println("exec:", err)
		os.Exit(1)
	}
}
