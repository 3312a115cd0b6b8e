package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Meta struct {
	Version int    `json:"version"`
	Source  string `json:"source,omitempty"`
}

type Dataset struct {
	Meta
	Name    string           `json:"name"`
	Columns []string         `json:"columns"`
	Rows    [][]any          `json:"rows"`
	Stats   map[string][]int `json:"stats,omitempty"`
	Owner   struct {
		Team  string `json:"team"`
		Email string `json:"email,omitempty"`
	} `json:"owner"`
	Private bool     `json:"private,omitempty"`
	Score   *float64 `json:"score"`
}

const doc = `{"version": 3, "name": "trips", "columns": ["id","dist","paid"],
"rows": [[1, 2.5, true], [2, 10, false], [3, 0.75, true]],
"stats": {"b": [1,2], "a": [3]}, "owner": {"team": "mobility"}, "score": null}`

func main() {
	var ds Dataset
	if err := json.Unmarshal([]byte(doc), &ds); err != nil {
		fmt.Println("err:", err)
		return
	}
	fmt.Printf("v%d %s cols=%v owner=%+v score=%v\n", ds.Version, ds.Name, ds.Columns, ds.Owner, ds.Score)
	var total float64
	for _, r := range ds.Rows {
		id := r[0].(float64)
		dist := r[1].(float64)
		paid := r[2].(bool)
		if paid {
			total += dist
		}
		fmt.Printf("  id=%v dist=%5.2f paid=%-5t types=%T/%T\n", id, dist, paid, r[0], r[2])
	}
	fmt.Println("paid distance:", total)
	for _, k := range slices.Sorted(maps.Keys(ds.Stats)) {
		fmt.Println(" stat", k, ds.Stats[k])
	}

	sc := 0.875
	ds.Score = &sc
	ds.Source = "s3"
	ds.Rows = ds.Rows[:1]
	ds.Stats = nil
	out, _ := json.Marshal(ds)
	fmt.Println(string(out))

	dec := json.NewDecoder(strings.NewReader(`{"version":1,"name":"x","extra":true}`))
	dec.DisallowUnknownFields()
	var strict Dataset
	fmt.Println("strict:", dec.Decode(&strict))

	dec = json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "small": 1.5}`))
	dec.UseNumber()
	var nums map[string]any
	_ = dec.Decode(&nums)
	for _, k := range slices.Sorted(maps.Keys(nums)) {
		n := nums[k].(json.Number)
		_, ierr := n.Int64()
		f, _ := n.Float64()
		fmt.Printf("%s: %s int-ok=%v float=%g\n", k, n.String(), ierr == nil, f)
	}

	anon := []struct {
		K string `json:"k"`
		V int    `json:"v,string"`
	}{{"a", 1}, {"b", 22}}
	b, _ := json.MarshalIndent(anon, "", "\t")
	fmt.Println(string(b))
	fmt.Println(json.Valid([]byte(`{"a":[1,2,{}]}`)), json.Valid([]byte(`{a:1}`)))

	var anyv any
	_ = json.Unmarshal([]byte(`[1, "x", null, {"k": [true]}]`), &anyv)
	for i, v := range anyv.([]any) {
		fmt.Printf("%d:%T=%v ", i, v, v)
	}
	fmt.Println()
}
