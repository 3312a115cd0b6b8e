package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type LogEntry struct {
	Level  string
	Code   int
	Took   float64
	Module string
}

func parseLine(line string) (LogEntry, error) {
	var e LogEntry
	n, err := fmt.Sscanf(line, "%s code=%d took=%fms module=%s", &e.Level, &e.Code, &e.Took, &e.Module)
	if err != nil {
		return e, fmt.Errorf("parsed %d fields of %q: %w", n, line, err)
	}
	return e, nil
}

func main() {
	lines := []string{
		"INFO code=200 took=12.5ms module=api",
		"WARN code=429 took=3.25ms module=gateway",
		"ERROR code=500 took=120ms module=db",
		"INFO code=abc took=1ms module=api",
		"DEBUG code=204",
		"INFO code=201 took=7.75ms module=api",
	}
	byModule := map[string][]LogEntry{}
	for _, l := range lines {
		e, err := parseLine(l)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		byModule[e.Module] = append(byModule[e.Module], e)
	}
	for _, m := range slices.Sorted(maps.Keys(byModule)) {
		fmt.Printf("%-8s %+v\n", m, byModule[m])
	}

	var w, h int
	var unit string
	fmt.Sscanf("1920x1080 px", "%dx%d %s", &w, &h, &unit)
	fmt.Println(w, h, unit, float64(w)/float64(h))
	var name string
	var age int
	cnt, err := fmt.Sscan("gopher 13", &name, &age)
	fmt.Println(cnt, err, name, age)

	defaults := map[string]string{"host": "localhost", "port": "8080", "mode": "dev"}
	prod := maps.Clone(defaults)
	prod["mode"] = "prod"
	prod["tls"] = "on"
	delete(prod, "port")
	fmt.Println(defaults)
	fmt.Println(prod)
	fmt.Println(maps.Equal(defaults, prod), len(defaults), len(prod))
	merged := maps.Clone(defaults)
	maps.Copy(merged, prod)
	fmt.Println("merged:", merged)
	maps.DeleteFunc(merged, func(k, v string) bool { return strings.HasPrefix(v, "local") })
	fmt.Println("after deletefunc:", merged)
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, len(maps.Collect(maps.All(prod))))

	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(r.Replace(`<a href="x">Tom & Jerry</a>`))
	leet := strings.NewReplacer("a", "4", "e", "3", "o", "0", "t", "7")
	fmt.Println(leet.Replace("the quick brown fox ate a tomato"))
	tmpl := strings.NewReplacer("{name}", "Ada", "{lang}", "Go", "{n}", fmt.Sprint(3))
	fmt.Println(tmpl.Replace("Hi {name}, welcome to {lang}! You have {n} new {lang} tips."))
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba cab"))
}
