// JSON merge-patch style profile updates with a generic Field[T] that tells
// "absent", "null" and "set" apart, plus omitzero for clean re-encoding.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

type state uint8

const (
	absent state = iota
	null
	set
)

type Field[T any] struct {
	st  state
	val T
}

func Set[T any](v T) Field[T] { return Field[T]{st: set, val: v} }
func Null[T any]() Field[T]   { return Field[T]{st: null} }

func (f Field[T]) IsZero() bool { return f.st == absent } // used by omitzero

func (f Field[T]) MarshalJSON() ([]byte, error) {
	if f.st != set {
		return []byte("null"), nil
	}
	return json.Marshal(f.val)
}

func (f *Field[T]) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*f = Null[T]()
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*f = Set(v)
	return nil
}

func (f Field[T]) String() string {
	switch f.st {
	case absent:
		return "<absent>"
	case null:
		return "null"
	}
	return fmt.Sprintf("%v", f.val)
}

type Address struct {
	City    string `json:"city"`
	Country string `json:"country"`
}

type Profile struct {
	Name     string   `json:"name"`
	Nickname *string  `json:"nickname,omitempty"`
	Age      *int     `json:"age,omitempty"`
	Address  Address  `json:"address,omitzero"`
	Tags     []string `json:"tags,omitempty"`
}

type ProfilePatch struct {
	Name     Field[string]   `json:"name,omitzero"`
	Nickname Field[string]   `json:"nickname,omitzero"`
	Age      Field[int]      `json:"age,omitzero"`
	Address  Field[Address]  `json:"address,omitzero"`
	Tags     Field[[]string] `json:"tags,omitzero"`
}

func apply[T any](dst **T, f Field[T]) {
	switch f.st {
	case null:
		*dst = nil
	case set:
		*dst = new(f.val)
	}
}

func (p *Profile) Apply(patch ProfilePatch) []string {
	var problems []string
	switch patch.Name.st {
	case null:
		problems = append(problems, "name cannot be null")
	case set:
		p.Name = patch.Name.val
	}
	apply(&p.Nickname, patch.Nickname)
	apply(&p.Age, patch.Age)
	switch patch.Address.st {
	case null:
		p.Address = Address{}
	case set:
		p.Address = patch.Address.val
	}
	switch patch.Tags.st {
	case null:
		p.Tags = nil
	case set:
		p.Tags = patch.Tags.val
	}
	return problems
}

func show(p Profile) string {
	b, _ := json.Marshal(p)
	return string(b)
}

func main() {
	profile := Profile{
		Name:     "Grace",
		Nickname: new("gh"),
		Age:      new(41),
		Address:  Address{"Arlington", "US"},
		Tags:     []string{"navy", "cobol"},
	}
	fmt.Println("start:  ", show(profile))

	patches := []string{
		`{"age": 42}`,
		`{"nickname": null, "tags": ["navy", "cobol", "compilers"]}`,
		`{"address": null}`,
		`{"name": null, "age": null}`,
		`{"address": {"city": "New York", "country": "US"}, "name": "Grace H."}`,
		`{"age": "forty"}`,
		`{}`,
	}
	for i, raw := range patches {
		var patch ProfilePatch
		dec := json.NewDecoder(strings.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&patch); err != nil {
			fmt.Printf("patch %d: rejected: %v\n", i+1, err)
			continue
		}
		fmt.Printf("patch %d: name=%v nickname=%v age=%v address=%v tags=%v\n",
			i+1, patch.Name, patch.Nickname, patch.Age, patch.Address, patch.Tags)
		for _, p := range profile.Apply(patch) {
			fmt.Println("         problem:", p)
		}
		fmt.Println("result: ", show(profile))
	}

	// Building a patch in code and encoding it: absent fields disappear.
	outgoing := ProfilePatch{Age: Set(43), Nickname: Null[string](), Tags: Set([]string{})}
	b, err := json.Marshal(outgoing)
	fmt.Println("outgoing patch:", string(b), err)

	var roundTrip ProfilePatch
	_ = json.Unmarshal(b, &roundTrip)
	fmt.Printf("round trip: age=%v nickname=%v tags=%v name=%v\n",
		roundTrip.Age, roundTrip.Nickname, roundTrip.Tags, roundTrip.Name)
}
