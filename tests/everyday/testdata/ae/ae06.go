package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Value interface {
	INI() string
}

type Str string
type Int int
type Bool bool
type List []string

func (s Str) INI() string {
	if strings.ContainsAny(string(s), " ;#=\"") || s == "" {
		return strconv.Quote(string(s))
	}
	return string(s)
}
func (i Int) INI() string { return strconv.Itoa(int(i)) }
func (b Bool) INI() string {
	if b {
		return "yes"
	}
	return "no"
}
func (l List) INI() string { return strings.Join(l, ", ") }

type Section struct {
	Name     string
	Comment  string
	Values   map[string]Value
	Comments map[string]string
}

type Config struct {
	Header   []string
	Sections []*Section
}

func (c *Config) Section(name, comment string) *Section {
	s := &Section{Name: name, Comment: comment, Values: map[string]Value{}, Comments: map[string]string{}}
	c.Sections = append(c.Sections, s)
	return s
}

func (s *Section) Set(key string, v Value, comment ...string) *Section {
	s.Values[key] = v
	if len(comment) > 0 {
		s.Comments[key] = comment[0]
	}
	return s
}

func (c *Config) WriteTo(buf *bytes.Buffer) {
	for _, h := range c.Header {
		fmt.Fprintf(buf, "; %s\n", h)
	}
	for _, s := range c.Sections {
		buf.WriteByte('\n')
		if s.Comment != "" {
			fmt.Fprintf(buf, "; %s\n", s.Comment)
		}
		fmt.Fprintf(buf, "[%s]\n", s.Name)
		keys := make([]string, 0, len(s.Values))
		width := 0
		for k := range s.Values {
			keys = append(keys, k)
			width = max(width, len(k))
		}
		sort.Strings(keys)
		for _, k := range keys {
			if c, ok := s.Comments[k]; ok {
				fmt.Fprintf(buf, "; %s\n", c)
			}
			fmt.Fprintf(buf, "%-*s = %s\n", width, k, s.Values[k].INI())
		}
	}
}

func main() {
	envs := []struct {
		name    string
		workers int
		debug   bool
		hosts   []string
	}{
		{"staging", 2, true, []string{"db-stg-1"}},
		{"production", 16, false, []string{"db-prod-1", "db-prod-2", "db-prod-3"}},
	}
	for i, env := range envs {
		cfg := &Config{Header: []string{
			"Generated configuration for environment: " + env.name,
			"Do not edit by hand.",
		}}
		cfg.Section("server", "HTTP front end").
			Set("listen", Str("0.0.0.0:8080")).
			Set("workers", Int(env.workers), "number of request workers").
			Set("debug", Bool(env.debug)).
			Set("banner", Str("Welcome to "+env.name))
		db := cfg.Section("database", "")
		db.Set("hosts", List(env.hosts)).
			Set("pool_size", Int(env.workers*4)).
			Set("password", Str(""), "supplied via secret store")
		cfg.Section("logging", "").
			Set("level", Str(map[bool]string{true: "debug", false: "warn"}[env.debug])).
			Set("format", Str("json"))

		var buf bytes.Buffer
		cfg.WriteTo(&buf)
		if i > 0 {
			fmt.Println("#####")
		}
		os.Stdout.Write(buf.Bytes())
		fmt.Printf("; %d bytes, %d sections\n", buf.Len(), len(cfg.Sections))
	}
}
