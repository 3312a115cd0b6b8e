package main

import (
	"fmt"
	"sort"
	"strings"
)

type Binary struct {
	Name string
	Pkg  string
	Port int
}

type Project struct {
	Module   string
	GoImage  string
	RunImage string
	Binaries []Binary
	LDFlags  map[string]string
	Env      map[string]string
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (p Project) ldflags() string {
	parts := []string{"-s", "-w"}
	for _, k := range sortedKeys(p.LDFlags) {
		parts = append(parts, fmt.Sprintf("-X %s.%s=%s", p.Module, k, p.LDFlags[k]))
	}
	return strings.Join(parts, " ")
}

type writer struct{ strings.Builder }

func (w *writer) line(parts ...string) { w.WriteString(strings.Join(parts, "") + "\n") }

func (p Project) Makefile() string {
	var w writer
	var names []string
	for _, b := range p.Binaries {
		names = append(names, b.Name)
	}
	w.line("# Generated Makefile for ", p.Module)
	w.line(".PHONY: all clean test ", strings.Join(names, " "))
	w.line()
	w.line("LDFLAGS := ", p.ldflags())
	w.line()
	w.line("all: ", strings.Join(names, " "))
	w.line()
	for _, b := range p.Binaries {
		w.line(b.Name, ":")
		w.line("\tgo build -ldflags '$(LDFLAGS)' -o bin/", b.Name, " ./", b.Pkg)
		w.line()
	}
	w.line("test:")
	w.line("\tgo test ./...")
	w.line()
	w.line("clean:")
	w.line("\trm -rf bin/")
	return w.String()
}

func (p Project) Dockerfile(b Binary) string {
	var w writer
	w.line("# syntax=docker/dockerfile:1")
	w.line("FROM ", p.GoImage, " AS build")
	w.line("WORKDIR /src")
	w.line("COPY go.mod go.sum ./")
	w.line("RUN go mod download")
	w.line("COPY . .")
	w.line("RUN CGO_ENABLED=0 make ", b.Name)
	w.line()
	w.line("FROM ", p.RunImage)
	w.line("COPY --from=build /src/bin/", b.Name, " /usr/local/bin/", b.Name)
	keys := sortedKeys(p.Env)
	if len(keys) > 0 {
		w.WriteString("ENV")
		for i, k := range keys {
			sep := " \\\n    "
			if i == 0 {
				sep = " "
			}
			fmt.Fprintf(&w, "%s%s=%q", sep, k, p.Env[k])
		}
		w.line()
	}
	if b.Port > 0 {
		w.line("EXPOSE ", fmt.Sprint(b.Port))
	}
	w.line("USER 65532:65532")
	w.line(`ENTRYPOINT ["/usr/local/bin/`, b.Name, `"]`)
	return w.String()
}

func main() {
	p := Project{
		Module:   "example.com/fleet",
		GoImage:  "golang:1.23-alpine",
		RunImage: "gcr.io/distroless/static",
		Binaries: []Binary{
			{"fleet-api", "cmd/api", 8080},
			{"fleet-worker", "cmd/worker", 0},
		},
		LDFlags: map[string]string{"version": "1.4.0", "commit": "9f3e2a1"},
		Env:     map[string]string{"TZ": "UTC", "LOG_FORMAT": "json"},
	}
	fmt.Println("==> Makefile")
	fmt.Print(p.Makefile())
	for _, b := range p.Binaries {
		fmt.Printf("==> %s.Dockerfile\n", b.Name)
		fmt.Print(p.Dockerfile(b))
	}
}
