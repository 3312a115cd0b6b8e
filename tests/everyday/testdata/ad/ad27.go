// Build scheduler: run a dependency DAG with maximum parallelism, wave by wave.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Task struct {
	Name string
	Deps []string
	Cost int
}

func topoWaves(tasks map[string]Task) ([][]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for n, t := range tasks {
		indeg[n] += 0
		for _, d := range t.Deps {
			if _, ok := tasks[d]; !ok {
				return nil, fmt.Errorf("task %s depends on unknown %s", n, d)
			}
			indeg[n]++
			users[d] = append(users[d], n)
		}
	}
	var waves [][]string
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	done := 0
	for len(ready) > 0 {
		sort.Strings(ready)
		waves = append(waves, ready)
		done += len(ready)
		var next []string
		for _, n := range ready {
			for _, u := range users[n] {
				indeg[u]--
				if indeg[u] == 0 {
					next = append(next, u)
				}
			}
		}
		ready = next
	}
	if done != len(tasks) {
		return nil, fmt.Errorf("cycle detected: %d of %d tasks schedulable", done, len(tasks))
	}
	return waves, nil
}

func run(tasks map[string]Task) {
	waves, err := topoWaves(tasks)
	if err != nil {
		fmt.Println("  error:", err)
		return
	}
	var mu sync.Mutex
	artifacts := map[string]string{}
	elapsed := 0
	for i, wave := range waves {
		var wg sync.WaitGroup
		longest := 0
		for _, name := range wave {
			longest = max(longest, tasks[name].Cost)
			wg.Add(1)
			go func(t Task) {
				defer wg.Done()
				mu.Lock()
				var inputs []string
				for _, d := range t.Deps {
					inputs = append(inputs, artifacts[d])
				}
				mu.Unlock()
				sort.Strings(inputs)
				out := fmt.Sprintf("%s.o", t.Name)
				if len(inputs) > 0 {
					out = fmt.Sprintf("%s.o<%d>", t.Name, len(inputs))
				}
				mu.Lock()
				artifacts[t.Name] = out
				mu.Unlock()
			}(tasks[name])
		}
		wg.Wait()
		elapsed += longest
		fmt.Printf("  wave %d (+%ds): %s\n", i+1, longest, strings.Join(wave, ", "))
	}
	serial := 0
	for _, t := range tasks {
		serial += t.Cost
	}
	names := make([]string, 0, len(artifacts))
	for n := range artifacts {
		names = append(names, n)
	}
	sort.Strings(names)
	var arts []string
	for _, n := range names {
		arts = append(arts, artifacts[n])
	}
	fmt.Printf("  artifacts: %s\n", strings.Join(arts, " "))
	fmt.Printf("  parallel time %ds vs serial %ds (speedup x%.2f)\n", elapsed, serial, float64(serial)/float64(elapsed))
}

func mk(specs ...string) map[string]Task {
	m := map[string]Task{}
	for _, s := range specs {
		// format name:cost:dep1,dep2
		parts := strings.Split(s, ":")
		t := Task{Name: parts[0]}
		fmt.Sscanf(parts[1], "%d", &t.Cost)
		if len(parts) > 2 && parts[2] != "" {
			t.Deps = strings.Split(parts[2], ",")
		}
		m[t.Name] = t
	}
	return m
}

func main() {
	fmt.Println("project web-app:")
	run(mk("proto:2:", "lint:1:", "codegen:3:proto", "lib:4:codegen", "api:5:lib,proto",
		"ui:6:", "bundle:2:ui,lib", "test:3:api,bundle,lint", "image:2:api,bundle", "deploy:1:image,test"))
	fmt.Println("project tools:")
	run(mk("a:1:", "b:1:", "c:1:", "d:2:a,b,c"))
	fmt.Println("project broken:")
	run(mk("x:1:y", "y:1:z", "z:1:x", "w:1:"))
	fmt.Println("project typo:")
	run(mk("main:1:utlis"))
}
