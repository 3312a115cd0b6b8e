// Fan-out/fan-in pipeline: parse -> validate (fan-out) -> merge -> aggregate.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Reading struct {
	Seq    int
	Sensor string
	Value  int
	Err    string
}

var rawLines = []string{
	"s1,21", "s2,19", "s3,abc", "s1,22", "s2,-400", "s3,18",
	"s1,23", "s2,20", "s3,17", "s4,99", "s1,", "s2,21",
	"s3,16", "s1,24", "s4,101", "s2,22", "s3,15", "s4,-3",
}

func source(lines []string) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		for i, l := range lines {
			parts := strings.SplitN(l, ",", 2)
			r := Reading{Seq: i, Sensor: parts[0]}
			v, err := strconv.Atoi(parts[1])
			if err != nil {
				r.Err = "parse"
			} else {
				r.Value = v
			}
			out <- r
		}
	}()
	return out
}

func validate(in <-chan Reading) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		for r := range in {
			if r.Err == "" && (r.Value < -50 || r.Value > 150) {
				r.Err = "range"
			}
			if r.Err == "" {
				// convert Celsius to tenths of Fahrenheit
				r.Value = r.Value*18 + 320
			}
			out <- r
		}
	}()
	return out
}

func merge(chans ...<-chan Reading) <-chan Reading {
	out := make(chan Reading)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan Reading) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	src := source(rawLines)
	const fan = 3
	stages := make([]<-chan Reading, fan)
	for i := range stages {
		stages[i] = validate(src)
	}

	var collected []Reading
	for r := range merge(stages...) {
		collected = append(collected, r)
	}
	sort.Slice(collected, func(i, j int) bool { return collected[i].Seq < collected[j].Seq })

	fmt.Printf("received %d readings through %d validators\n", len(collected), fan)
	type agg struct{ n, sum, min, max int }
	stats := map[string]*agg{}
	var rejected []string
	for _, r := range collected {
		if r.Err != "" {
			rejected = append(rejected, fmt.Sprintf("#%02d %s rejected: %s", r.Seq, r.Sensor, r.Err))
			continue
		}
		fmt.Printf("#%02d %s %3d.%dF\n", r.Seq, r.Sensor, r.Value/10, abs(r.Value%10))
		a, ok := stats[r.Sensor]
		if !ok {
			a = &agg{min: r.Value, max: r.Value}
			stats[r.Sensor] = a
		}
		a.n++
		a.sum += r.Value
		if r.Value < a.min {
			a.min = r.Value
		}
		if r.Value > a.max {
			a.max = r.Value
		}
	}
	for _, s := range rejected {
		fmt.Println(s)
	}
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := stats[k]
		fmt.Printf("sensor %s n=%d avg=%d min=%d max=%d (tenths F)\n", k, a.n, a.sum/a.n, a.min, a.max)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
