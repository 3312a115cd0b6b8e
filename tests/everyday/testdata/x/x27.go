package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
)

type Meta struct {
	Created string `json:"created"`
	Version int    `json:"version,omitempty"`
}

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type User struct {
	Meta
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Admin    bool              `json:"is_admin"`
	Score    float64           `json:"score,string"`
	Tags     []string          `json:"tags"`
	Addr     *Address          `json:"address,omitempty"`
	Extra    map[string]string `json:"extra,omitempty"`
	private  int
}

func main() {
	u := User{
		Meta:     Meta{Created: "2024-01-01"},
		ID:       7,
		Name:     "Gopher <g>",
		Password: "secret",
		Score:    9.5,
		Addr:     &Address{Street: "1 Main St", City: "Springfield"},
		Extra:    map[string]string{"z": "last", "a": "first"},
		private:  3,
	}
	b, err := json.Marshal(u)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	out, _ := json.MarshalIndent(struct {
		Users []User `json:"users"`
		Count int    `json:"count"`
	}{[]User{{ID: 1, Name: "A", Tags: []string{}}}, 1}, "", "  ")
	fmt.Println(string(out))

	in := `{"id": 42, "name": "Ann", "created": "2023-05-05", "version": 3,
	        "tags": ["x","y"], "score": "7.25", "unknown": true,
	        "address": {"street": "Elm", "city": "Oslo", "zip": "0150"}}`
	var u2 User
	if err := json.Unmarshal([]byte(in), &u2); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v %+v\n", u2.Meta, *u2.Addr)
	fmt.Println(u2.ID, u2.Name, u2.Tags, u2.Score, u2.Created)

	var generic map[string]any
	json.Unmarshal([]byte(in), &generic)
	for _, k := range slices.Sorted(maps.Keys(generic)) {
		fmt.Printf("%-8s %T %v\n", k, generic[k], generic[k])
	}

	dec := json.NewDecoder(strings.NewReader(`{"id":1,"bogus":2}`))
	dec.DisallowUnknownFields()
	var u3 User
	fmt.Println("strict:", dec.Decode(&u3))

	var bad User
	err = json.Unmarshal([]byte(`{"id":"seven"}`), &bad)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println("type error field:", ute.Field, "value:", ute.Value)
	}
	err = json.Unmarshal([]byte(`{"id":1,`), &bad)
	fmt.Println("syntax:", err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"b": []int{1, 2}, "a": "<tag>&", "c": nil, "d": 1e21, "e": 3.0})
	raw := json.RawMessage(`{"pre":"computed"}`)
	b, _ = json.Marshal(struct {
		R json.RawMessage `json:"r"`
		N json.Number     `json:"n"`
	}{raw, "123.456"})
	fmt.Println(string(b))
}
