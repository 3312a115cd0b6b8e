// Producer/consumer with close and range: log shipper with batching consumers.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type LogLine struct {
	Seq     int
	Service string
	Level   string
	Msg     string
}

func producer(service string, n, offset int, out chan<- LogLine, wg *sync.WaitGroup) {
	defer wg.Done()
	levels := []string{"INFO", "INFO", "DEBUG", "WARN", "INFO", "ERROR"}
	for i := 0; i < n; i++ {
		out <- LogLine{
			Seq:     offset + i,
			Service: service,
			Level:   levels[(i+len(service))%len(levels)],
			Msg:     fmt.Sprintf("%s event %d", service, i),
		}
	}
}

type Batch struct {
	Consumer int
	Lines    []LogLine
}

func consumer(id, size int, in <-chan LogLine, out chan<- Batch, wg *sync.WaitGroup) {
	defer wg.Done()
	var cur []LogLine
	for l := range in {
		if l.Level == "DEBUG" {
			continue // filtered out before shipping
		}
		cur = append(cur, l)
		if len(cur) == size {
			out <- Batch{id, cur}
			cur = nil
		}
	}
	if len(cur) > 0 {
		out <- Batch{id, cur} // flush partial batch on close
	}
}

func main() {
	lines := make(chan LogLine, 8)
	batches := make(chan Batch)

	var prodWG sync.WaitGroup
	services := []struct {
		name string
		n    int
	}{{"api", 11}, {"auth", 7}, {"billing", 9}, {"worker", 5}}
	offset := 0
	for _, s := range services {
		prodWG.Add(1)
		go producer(s.name, s.n, offset, lines, &prodWG)
		offset += 100
	}
	go func() {
		prodWG.Wait()
		close(lines)
	}()

	var consWG sync.WaitGroup
	for c := 0; c < 3; c++ {
		consWG.Add(1)
		go consumer(c, 4, lines, batches, &consWG)
	}
	go func() {
		consWG.Wait()
		close(batches)
	}()

	var shipped []LogLine
	nBatches := 0
	for b := range batches {
		nBatches++
		if len(b.Lines) > 4 {
			panic("oversized batch")
		}
		shipped = append(shipped, b.Lines...)
	}
	sort.Slice(shipped, func(i, j int) bool { return shipped[i].Seq < shipped[j].Seq })

	byLevel := map[string]int{}
	byService := map[string]int{}
	for _, l := range shipped {
		byLevel[l.Level]++
		byService[l.Service]++
	}
	fmt.Printf("shipped %d lines in at least %d batches (got %v)\n", len(shipped), (len(shipped)+3)/4, nBatches >= (len(shipped)+3)/4)
	for _, l := range shipped {
		if l.Level == "ERROR" || l.Level == "WARN" {
			fmt.Printf("  %03d %-5s %s\n", l.Seq, l.Level, l.Msg)
		}
	}
	var lv []string
	for k, v := range byLevel {
		lv = append(lv, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(lv)
	fmt.Println("levels:", strings.Join(lv, " "))
	var sv []string
	for k, v := range byService {
		sv = append(sv, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(sv)
	fmt.Println("services:", strings.Join(sv, " "))

	// range over a closed, buffered channel still yields buffered values
	ch := make(chan string, 3)
	ch <- "x"
	ch <- "y"
	close(ch)
	for v := range ch {
		fmt.Println("buffered after close:", v)
	}
	v, ok := <-ch
	fmt.Printf("receive on drained closed channel: %q ok=%v\n", v, ok)
}
