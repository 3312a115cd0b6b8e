package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	kind() string
}

type Circle struct {
	R float64 `json:"r"`
}
type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}
type Group struct {
	Name  string `json:"name"`
	Items Shapes `json:"items"`
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }
func (g Group) Area() float64 {
	t := 0.0
	for _, s := range g.Items {
		t += s.Area()
	}
	return t
}
func (Circle) kind() string { return "circle" }
func (Rect) kind() string   { return "rect" }
func (Group) kind() string  { return "group" }

// Shapes is a polymorphic slice encoded with a "type" discriminator.
type Shapes []Shape

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

var ErrUnknownType = errors.New("unknown shape type")

func (ss Shapes) MarshalJSON() ([]byte, error) {
	envs := make([]envelope, len(ss))
	for i, s := range ss {
		b, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		envs[i] = envelope{s.kind(), b}
	}
	return json.Marshal(envs)
}

func (ss *Shapes) UnmarshalJSON(b []byte) error {
	var envs []envelope
	if err := json.Unmarshal(b, &envs); err != nil {
		return err
	}
	out := make(Shapes, 0, len(envs))
	for i, e := range envs {
		var s Shape
		switch e.Type {
		case "circle":
			var c Circle
			if err := json.Unmarshal(e.Data, &c); err != nil {
				return fmt.Errorf("item %d: %w", i, err)
			}
			s = c
		case "rect":
			var r Rect
			if err := json.Unmarshal(e.Data, &r); err != nil {
				return fmt.Errorf("item %d: %w", i, err)
			}
			s = r
		case "group":
			var g Group
			if err := json.Unmarshal(e.Data, &g); err != nil {
				return fmt.Errorf("item %d (group): %w", i, err)
			}
			s = g
		default:
			return fmt.Errorf("item %d: %w %q", i, ErrUnknownType, e.Type)
		}
		out = append(out, s)
	}
	*ss = out
	return nil
}

func walk(s Shape, depth int) {
	pad := fmt.Sprintf("%*s", depth*2, "")
	switch v := s.(type) {
	case Group:
		fmt.Printf("%sgroup %q area=%.2f\n", pad, v.Name, v.Area())
		for _, c := range v.Items {
			walk(c, depth+1)
		}
	default:
		fmt.Printf("%s%T %+v area=%.2f\n", pad, v, v, v.Area())
	}
}

func main() {
	scene := Shapes{
		Circle{1},
		Rect{2, 3},
		Group{"house", Shapes{Rect{4, 4}, Group{"window", Shapes{Rect{1, 1}, Rect{1, 1}}}}},
		Circle{0.5},
	}
	b, err := json.Marshal(scene)
	if err != nil {
		fmt.Println("marshal error:", err)
		return
	}
	fmt.Println(string(b))

	var back Shapes
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("unmarshal error:", err)
		return
	}
	for _, s := range back {
		walk(s, 0)
	}
	b2, _ := json.Marshal(back)
	fmt.Println("stable roundtrip:", string(b) == string(b2))

	bad := []string{
		`[{"type":"hexagon","data":{}}]`,
		`[{"type":"circle","data":{"r":"big"}}]`,
		`[{"type":"group","data":{"name":"g","items":[{"type":"blob","data":null}]}}]`,
		`{"type":"circle"}`,
	}
	for _, s := range bad {
		var ss Shapes
		err := json.Unmarshal([]byte(s), &ss)
		var ute *json.UnmarshalTypeError
		fmt.Printf("%s\n   -> %v\n   unknownType=%v typeErr=%v\n", s, err, errors.Is(err, ErrUnknownType), errors.As(err, &ute))
	}
}
