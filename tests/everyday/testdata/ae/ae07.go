package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Node interface {
	emit(sb *strings.Builder, indent int, inline bool)
}

type Scalar struct{ V any }

type Pair struct {
	Key string
	Val Node
}

type Map []Pair

type Seq []Node

func pad(n int) string { return strings.Repeat("  ", n) }

func (s Scalar) text() string {
	switch v := s.V.(type) {
	case string:
		if v == "" || strings.ContainsAny(v, ":#{}[],&*!|>'\"%@`") || v == "yes" || v == "no" || v == "true" || v == "false" {
			return strconv.Quote(v)
		}
		if _, err := strconv.ParseFloat(v, 64); err == nil {
			return strconv.Quote(v)
		}
		return v
	case nil:
		return "null"
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	default:
		return fmt.Sprint(v)
	}
}

func (s Scalar) emit(sb *strings.Builder, indent int, inline bool) {
	sb.WriteString(" " + s.text() + "\n")
}

func (m Map) emit(sb *strings.Builder, indent int, inline bool) {
	if len(m) == 0 {
		sb.WriteString(" {}\n")
		return
	}
	if !inline {
		sb.WriteString("\n")
	}
	for i, p := range m {
		if !(inline && i == 0) {
			sb.WriteString(pad(indent))
		}
		sb.WriteString(p.Key + ":")
		p.Val.emit(sb, indent+1, false)
	}
}

func (q Seq) emit(sb *strings.Builder, indent int, inline bool) {
	if len(q) == 0 {
		sb.WriteString(" []\n")
		return
	}
	sb.WriteString("\n")
	for _, item := range q {
		sb.WriteString(pad(indent-1) + "- ")
		if m, ok := item.(Map); ok {
			m.emit(sb, indent, true)
			continue
		}
		if s, ok := item.(Scalar); ok {
			sb.WriteString(s.text() + "\n")
			continue
		}
		item.emit(sb, indent, false)
	}
}

func document(root Map) string {
	var sb strings.Builder
	sb.WriteString("---\n")
	for _, p := range root {
		sb.WriteString(p.Key + ":")
		p.Val.emit(&sb, 1, false)
	}
	return sb.String()
}

type Service struct {
	Name     string
	Image    string
	Replicas int
	Ports    []int
	Env      map[string]string
	EnvOrder []string
}

func (s Service) Node() Map {
	ports := Seq{}
	for _, p := range s.Ports {
		ports = append(ports, Map{{"containerPort", Scalar{p}}, {"protocol", Scalar{"TCP"}}})
	}
	env := Seq{}
	for _, k := range s.EnvOrder {
		env = append(env, Map{{"name", Scalar{k}}, {"value", Scalar{s.Env[k]}}})
	}
	return Map{
		{"name", Scalar{s.Name}},
		{"image", Scalar{s.Image}},
		{"replicas", Scalar{s.Replicas}},
		{"ports", ports},
		{"env", env},
	}
}

func main() {
	svcs := []Service{
		{"api", "registry.local/api:1.8.2", 3, []int{8080, 9090},
			map[string]string{"LOG_LEVEL": "info", "FEATURE_X": "true", "TIMEOUT": "30"},
			[]string{"LOG_LEVEL", "FEATURE_X", "TIMEOUT"}},
		{"worker", "registry.local/worker:1.8.2", 1, nil,
			map[string]string{"QUEUE": "jobs:high"}, []string{"QUEUE"}},
	}
	services := Seq{}
	for _, s := range svcs {
		services = append(services, s.Node())
	}
	root := Map{
		{"version", Scalar{"3.1"}},
		{"project", Scalar{"inventory"}},
		{"ratio", Scalar{0.75}},
		{"owner", Scalar{nil}},
		{"tags", Seq{Scalar{"backend"}, Scalar{"tier-1"}}},
		{"services", services},
		{"volumes", Map{}},
	}
	out := document(root)
	fmt.Fprint(os.Stdout, out)
	fmt.Printf("# %d lines\n", strings.Count(out, "\n"))
}
