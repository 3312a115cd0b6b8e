package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }

type Source struct {
	Base
	*Logger
	URL  string
	Rows int
}

func (s Source) Kind() string { return "source" }

type Sink struct {
	Base
	*Logger
	Table string
}

type Describer interface {
	Describe() string
	Kind() string
}

type Pipeline struct {
	Source
	Sinks []Sink
}

func main() {
	log := &Logger{prefix: "[etl] "}
	src := Source{Base: Base{1, "orders"}, Logger: log, URL: "s3://bucket/orders", Rows: 1200}
	sinks := []Sink{
		{Base{2, "warehouse"}, log, "fact_orders"},
		{Base{3, "cache"}, log, "orders_hot"},
	}
	p := Pipeline{Source: src, Sinks: sinks}

	fmt.Println(p.Describe(), "|", p.Kind(), "|", p.Base.Kind(), "|", p.Name, p.URL)
	p.Logf("reading %d rows from %s", p.Rows, p.URL)
	for _, s := range p.Sinks {
		s.Logf("writing to %s (%s)", s.Table, s.Describe())
	}

	var ds []Describer = []Describer{p.Source, p.Sinks[0], p.Sinks[1].Base}
	for _, d := range ds {
		fmt.Printf("%-10s %-16s %T\n", d.Kind(), d.Describe(), d)
	}

	p.ID = 100
	p.Source.Name = "orders_v2"
	fmt.Println(p.Describe(), src.Describe())

	fmt.Println(log.Dump())
	fmt.Println("log lines:", len(p.lines), len(p.Sinks[1].lines))

	fmt.Printf("%+v\n", p.Sinks[0].Base)
	fmt.Printf("%v\n", Base{7, "x"})

	type Point struct{ X, Y int }
	type Circle struct {
		Point
		Radius int
	}
	c := Circle{Point{3, 4}, 5}
	c.X += 10
	fmt.Printf("%+v %v\n", c, c.Point)
	cp := c
	cp.Y = 0
	fmt.Println(c == cp, c.Point == Point{13, 4})
}
