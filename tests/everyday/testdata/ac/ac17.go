// Interval scheduling: greedy selection, weighted DP, room allocation and merging.
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type Interval struct {
	Name       string
	Start, End int
	Weight     int
}

func (iv Interval) String() string {
	return fmt.Sprintf("%s[%02d-%02d]", iv.Name, iv.Start, iv.End)
}

func (iv Interval) Overlaps(o Interval) bool { return iv.Start < o.End && o.Start < iv.End }

type ByEnd []Interval

func (b ByEnd) Len() int { return len(b) }
func (b ByEnd) Less(i, j int) bool {
	if b[i].End != b[j].End {
		return b[i].End < b[j].End
	}
	return b[i].Name < b[j].Name
}
func (b ByEnd) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func GreedyMax(ivs []Interval) []Interval {
	s := append(ByEnd(nil), ivs...)
	sort.Sort(s)
	var out []Interval
	last := -1 << 31
	for _, iv := range s {
		if iv.Start >= last {
			out = append(out, iv)
			last = iv.End
		}
	}
	return out
}

func WeightedMax(ivs []Interval) (int, []Interval) {
	s := append(ByEnd(nil), ivs...)
	sort.Sort(s)
	n := len(s)
	dp := make([]int, n+1)
	take := make([]bool, n+1)
	prev := make([]int, n)
	for i := range s {
		prev[i] = sort.Search(i, func(j int) bool { return s[j].End > s[i].Start })
	}
	for i := 1; i <= n; i++ {
		with := s[i-1].Weight + dp[prev[i-1]]
		if with > dp[i-1] {
			dp[i], take[i] = with, true
		} else {
			dp[i] = dp[i-1]
		}
	}
	var chosen []Interval
	for i := n; i > 0; {
		if take[i] {
			chosen = append([]Interval{s[i-1]}, chosen...)
			i = prev[i-1]
		} else {
			i--
		}
	}
	return dp[n], chosen
}

type endHeap []struct{ end, room int }

func (h endHeap) Len() int { return len(h) }
func (h endHeap) Less(i, j int) bool {
	if h[i].end != h[j].end {
		return h[i].end < h[j].end
	}
	return h[i].room < h[j].room
}
func (h endHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *endHeap) Push(x any)   { *h = append(*h, x.(struct{ end, room int })) }
func (h *endHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

func AssignRooms(ivs []Interval) map[int][]Interval {
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		return s[i].Name < s[j].Name
	})
	h := &endHeap{}
	rooms := map[int][]Interval{}
	for _, iv := range s {
		room := len(rooms)
		if h.Len() > 0 && (*h)[0].end <= iv.Start {
			room = heap.Pop(h).(struct{ end, room int }).room
		}
		rooms[room] = append(rooms[room], iv)
		heap.Push(h, struct{ end, room int }{iv.End, room})
	}
	return rooms
}

func Merge(ivs []Interval) [][2]int {
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	var out [][2]int
	for _, iv := range s {
		if len(out) > 0 && iv.Start <= out[len(out)-1][1] {
			out[len(out)-1][1] = max(out[len(out)-1][1], iv.End)
		} else {
			out = append(out, [2]int{iv.Start, iv.End})
		}
	}
	return out
}

func main() {
	ivs := []Interval{
		{"A", 1, 4, 3}, {"B", 3, 5, 2}, {"C", 0, 6, 8}, {"D", 5, 7, 4},
		{"E", 3, 9, 6}, {"F", 5, 9, 3}, {"G", 6, 10, 2}, {"H", 8, 11, 5},
		{"I", 8, 12, 4}, {"J", 2, 14, 9}, {"K", 12, 16, 3}, {"L", 15, 18, 2},
	}
	g := GreedyMax(ivs)
	fmt.Printf("greedy max count (%d): %v\n", len(g), g)
	w, chosen := WeightedMax(ivs)
	fmt.Printf("weighted max (%d): %v\n", w, chosen)
	rooms := AssignRooms(ivs)
	fmt.Printf("rooms needed: %d\n", len(rooms))
	for r := 0; r < len(rooms); r++ {
		fmt.Printf("  room %d: %v\n", r, rooms[r])
	}
	fmt.Println("merged busy spans:", Merge(ivs))
	conflicts := 0
	for i := range ivs {
		for j := i + 1; j < len(ivs); j++ {
			if ivs[i].Overlaps(ivs[j]) {
				conflicts++
			}
		}
	}
	fmt.Println("overlapping pairs:", conflicts)
	for _, iv := range ivs {
		var with []string
		for _, o := range ivs {
			if o.Name != iv.Name && iv.Overlaps(o) {
				with = append(with, o.Name)
			}
		}
		fmt.Printf("  %v overlaps %v\n", iv, with)
	}
}
