// h23: select with a done channel: stop a log tailer at a marker, then k-way merge streams.
package main

import (
	"fmt"
	"strings"
)

// tail emits lines until done is closed; sent counts successful handoffs and
// may be read once the stopped channel is closed.
func tail(lines []string, done <-chan struct{}, sent *int) (<-chan string, <-chan struct{}) {
	out := make(chan string) // unbuffered: every send is a synchronous handoff
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		defer close(out)
		for _, l := range lines {
			select {
			case out <- l:
				*sent++
			case <-done:
				return
			}
		}
	}()
	return out, stopped
}

type rec struct {
	ts  int
	src string
	msg string
}

func stream(src string, recs []rec, done <-chan struct{}) <-chan rec {
	out := make(chan rec)
	go func() {
		defer close(out)
		for _, r := range recs {
			r.src = src
			select {
			case out <- r:
			case <-done:
				return
			}
		}
	}()
	return out
}

// merge2 merges two timestamp-ordered streams; output order is fully determined by data.
func merge2(a, b <-chan rec) []rec {
	var out []rec
	ra, okA := <-a
	rb, okB := <-b
	for okA || okB {
		if okA && (!okB || ra.ts <= rb.ts) {
			out = append(out, ra)
			ra, okA = <-a
		} else {
			out = append(out, rb)
			rb, okB = <-b
		}
	}
	return out
}

func main() {
	log := strings.Split(strings.TrimSpace(`
INFO boot sequence start
INFO loading config
WARN config key "retries" deprecated
INFO listening on :8080
ERROR upstream timeout
INFO --- SHUTDOWN ---
INFO this line must never be read
INFO nor this one`), "\n")

	done := make(chan struct{})
	sent := 0
	levels := map[string]int{}
	var kept []string
	lines, stopped := tail(log, done, &sent)
	for line := range lines {
		level, msg, _ := strings.Cut(line, " ")
		if msg == "--- SHUTDOWN ---" {
			close(done)
			break
		}
		levels[level]++
		if level != "INFO" {
			kept = append(kept, line)
		}
	}
	// The producer may still be inside select; it returns promptly via done.
	<-stopped
	fmt.Printf("handoffs before stop: %d of %d lines\n", sent, len(log))
	fmt.Println("non-info lines before shutdown:")
	for _, k := range kept {
		fmt.Println("  " + k)
	}
	fmt.Printf("levels: INFO=%d WARN=%d ERROR=%d\n\n", levels["INFO"], levels["WARN"], levels["ERROR"])

	done2 := make(chan struct{})
	defer close(done2)
	api := []rec{{100, "", "GET /a"}, {105, "", "GET /b"}, {120, "", "POST /c"}, {180, "", "GET /d"}}
	db := []rec{{101, "", "SELECT users"}, {105, "", "SELECT orders"}, {150, "", "UPDATE carts"}}
	merged := merge2(stream("api", api, done2), stream("db", db, done2))
	fmt.Println("merged timeline:")
	prev := merged[0].ts
	for _, r := range merged {
		fmt.Printf("  t=%d (+%2d) %-3s %s\n", r.ts, r.ts-prev, r.src, r.msg)
		prev = r.ts
	}
	fmt.Printf("\nmerged %d records from 2 streams\n", len(merged))
}
