package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Envelope is a generic API response wrapper.
type Envelope[T any] struct {
	Status string `json:"status"`
	Data   T      `json:"data"`
	Meta   *Meta  `json:"meta,omitempty"`
}

type Meta struct {
	Total int `json:"total"`
	Page  int `json:"page"`
}

// Decode parses JSON into an Envelope of the requested type.
func Decode[T any](raw string) (Envelope[T], error) {
	var env Envelope[T]
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(&env)
	return env, err
}

func Wrap[T any](data T, meta *Meta) Envelope[T] {
	return Envelope[T]{Status: "ok", Data: data, Meta: meta}
}

// Level has custom JSON and text representations.
type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = []string{"debug", "info", "warn"}

func (l Level) String() string               { return levelNames[l] }
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }
func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == string(b) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type LogLine struct {
	Level Level  `json:"level"`
	Msg   string `json:"msg"`
}

type Point[T int | float64] struct {
	X, Y T
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")

	lines := []LogLine{{Info, "started"}, {Warn, "disk 91%"}}
	_ = enc.Encode(Wrap(lines, &Meta{Total: 2, Page: 1}))

	// Maps are encoded with sorted keys, so output is deterministic.
	_ = enc.Encode(Wrap(map[string]Point[float64]{"b": {1.5, 2}, "a": {0, -1}}, nil))

	env, err := Decode[[]LogLine](`{"status":"ok","data":[{"level":"debug","msg":"x"},{"level":"warn","msg":"y"}]}`)
	fmt.Printf("decoded: %+v err=%v meta=%v\n", env.Data, err, env.Meta)

	_, err = Decode[[]LogLine](`{"status":"ok","data":[{"level":"fatal","msg":"z"}]}`)
	fmt.Println("bad level:", err)

	_, err = Decode[Point[int]](`{"status":"ok","data":{"X":1,"Y":2,"Z":3}}`)
	fmt.Println("unknown field:", err)

	pt, err := Decode[Point[int]](`{"status":"ok","data":{"X":7,"Y":-3},"meta":{"total":1,"page":9}}`)
	fmt.Printf("point: %+v meta=%+v err=%v\n", pt.Data, *pt.Meta, err)

	nested, err := Decode[Envelope[[]int]](`{"status":"outer","data":{"status":"inner","data":[1,2,3]}}`)
	fmt.Println("nested:", nested.Status, nested.Data.Status, nested.Data.Data, err)

	b, _ := json.Marshal(Wrap[*int](nil, nil))
	fmt.Println("nil data:", string(b))
	b, _ = json.Marshal(Wrap(Level(1), nil))
	fmt.Println("level data:", string(b))
}
