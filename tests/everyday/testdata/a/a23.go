// Deep-merge layered JSON configuration (defaults < environment < overrides) using maps.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

const defaults = `{
  "app": {"name": "ingest", "workers": 4, "debug": false},
  "db": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 10}},
  "features": ["csv", "json"],
  "retention_days": 30
}`

const production = `{
  "app": {"workers": 16},
  "db": {"host": "db.prod.internal", "pool": {"max": 50}, "sslmode": "require"},
  "features": ["csv", "json", "parquet"]
}`

const overrides = `{
  "app": {"debug": true, "name": null},
  "db": {"pool": {"min": 5}},
  "retention_days": 90,
  "alerts": {"email": "oncall@example.com"}
}`

type Change struct {
	Path     string
	Old, New any
}

// merge folds src into dst recursively. null in src deletes the key.
func merge(dst, src map[string]any, prefix string, changes *[]Change) {
	keys := make([]string, 0, len(src))
	for k := range src {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		path := strings.TrimPrefix(prefix+"."+k, ".")
		sv := src[k]
		if sv == nil {
			if old, ok := dst[k]; ok {
				*changes = append(*changes, Change{path, old, nil})
				delete(dst, k)
			}
			continue
		}
		sm, sIsMap := sv.(map[string]any)
		dm, dIsMap := dst[k].(map[string]any)
		if sIsMap && dIsMap {
			merge(dm, sm, path, changes)
			continue
		}
		*changes = append(*changes, Change{path, dst[k], sv})
		dst[k] = sv
	}
}

func flatten(m map[string]any, prefix string, out map[string]string) {
	for k, v := range m {
		p := strings.TrimPrefix(prefix+"."+k, ".")
		if sub, ok := v.(map[string]any); ok {
			flatten(sub, p, out)
			continue
		}
		b, _ := json.Marshal(v)
		out[p] = string(b)
	}
}

type Config struct {
	App struct {
		Name    string `json:"name"`
		Workers int    `json:"workers"`
		Debug   bool   `json:"debug"`
	} `json:"app"`
	DB struct {
		Host    string `json:"host"`
		Port    int    `json:"port"`
		SSLMode string `json:"sslmode"`
		Pool    struct {
			Min int `json:"min"`
			Max int `json:"max"`
		} `json:"pool"`
	} `json:"db"`
	Features      []string          `json:"features"`
	RetentionDays int               `json:"retention_days"`
	Alerts        map[string]string `json:"alerts,omitempty"`
}

func main() {
	cfg := map[string]any{}
	layers := []struct{ name, src string }{{"defaults", defaults}, {"production", production}, {"overrides", overrides}}
	for _, l := range layers {
		var m map[string]any
		if err := json.Unmarshal([]byte(l.src), &m); err != nil {
			fmt.Println(l.name, "error:", err)
			return
		}
		var changes []Change
		merge(cfg, m, "", &changes)
		fmt.Printf("layer %-10s %d change(s)\n", l.name, len(changes))
		for _, c := range changes {
			fmt.Printf("   %-16s %v -> %v\n", c.Path, c.Old, c.New)
		}
	}

	flat := map[string]string{}
	flatten(cfg, "", flat)
	keys := make([]string, 0, len(flat))
	for k := range flat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("\nEffective (flattened):")
	for _, k := range keys {
		fmt.Printf("  %-18s = %s\n", k, flat[k])
	}

	raw, _ := json.Marshal(cfg)
	var typed Config
	if err := json.Unmarshal(raw, &typed); err != nil {
		fmt.Println("typed:", err)
		return
	}
	fmt.Printf("\nTyped: %+v\n", typed)
	if typed.App.Name == "" {
		typed.App.Name = "unnamed"
		fmt.Println("note: app.name was deleted by overrides, defaulting to", typed.App.Name)
	}
	pretty, _ := json.MarshalIndent(typed, "", "\t")
	fmt.Println(string(pretty))
	fmt.Printf("\nnumbers decoded into any are %T; workers=%v\n", cfg["app"].(map[string]any)["workers"], cfg["app"].(map[string]any)["workers"])
}
