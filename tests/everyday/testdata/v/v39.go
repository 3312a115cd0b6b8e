package main

import (
	"container/heap"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

const accessLog = `10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /api/users HTTP/1.1" 200 512 0.031
10.0.0.2 - - [12/Mar/2024:10:00:02] "POST /api/orders HTTP/1.1" 201 128 0.210
10.0.0.1 - - [12/Mar/2024:10:00:02] "GET /api/users/7 HTTP/1.1" 200 256 0.018
10.0.0.3 - - [12/Mar/2024:10:00:03] "GET /static/app.js HTTP/1.1" 304 0 0.002
10.0.0.4 - - [12/Mar/2024:10:00:04] "GET /api/orders HTTP/1.1" 500 64 1.502
10.0.0.2 - - [12/Mar/2024:10:00:05] "GET /api/users HTTP/1.1" 200 512 0.045
garbage line without structure
10.0.0.5 - - [12/Mar/2024:10:00:06] "DELETE /api/users/7 HTTP/1.1" 403 32 0.009
10.0.0.1 - - [12/Mar/2024:10:00:07] "GET /api/orders HTTP/1.1" 200 2048 0.340
10.0.0.3 - - [12/Mar/2024:10:00:08] "GET /api/users HTTP/1.1" 200 512 0.029
10.0.0.2 - - [12/Mar/2024:10:00:09] "GET /api/reports HTTP/1.1" 200 8192 2.750
10.0.0.1 - - [12/Mar/2024:10:00:10] "GET /api/users HTTP/1.1" 200 512 0.033`

var lineRE = regexp.MustCompile(`^(\S+) - - \[([^\]]+)\] "(\w+) (\S+) [^"]+" (\d{3}) (\d+) ([\d.]+)$`)
var idRE = regexp.MustCompile(`/\d+`)

type Hit struct {
	IP, Method, Path string
	Status, Bytes    int
	Latency          float64
}

type kv struct {
	Key   string
	Count int
}

type topHeap []kv

func (h topHeap) Len() int { return len(h) }
func (h topHeap) Less(i, j int) bool {
	if h[i].Count != h[j].Count {
		return h[i].Count < h[j].Count
	}
	return h[i].Key > h[j].Key
}
func (h topHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *topHeap) Push(x any)   { *h = append(*h, x.(kv)) }
func (h *topHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topK(counts map[string]int, k int) []kv {
	h := &topHeap{}
	for key, c := range counts {
		heap.Push(h, kv{key, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]kv, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(kv)
	}
	return out
}

func main() {
	var hits []Hit
	var rejected int
	for _, line := range strings.Split(accessLog, "\n") {
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			rejected++
			continue
		}
		st, _ := strconv.Atoi(m[5])
		by, _ := strconv.Atoi(m[6])
		lat, _ := strconv.ParseFloat(m[7], 64)
		hits = append(hits, Hit{m[1], m[3], m[4], st, by, lat})
	}
	fmt.Printf("parsed=%d rejected=%d\n", len(hits), rejected)
	fmt.Printf("%+v\n", hits[1])

	routes, ips := map[string]int{}, map[string]int{}
	lat := map[string][]float64{}
	for _, h := range hits {
		route := h.Method + " " + idRE.ReplaceAllString(h.Path, "/:id")
		routes[route]++
		ips[h.IP]++
		lat[route] = append(lat[route], h.Latency*1000)
	}
	fmt.Println("top routes:")
	for i, e := range topK(routes, 3) {
		fmt.Printf("  %d. %-22s %d\n", i+1, e.Key, e.Count)
	}
	fmt.Println("top ips:", topK(ips, 2))

	all := []float64{}
	for _, h := range hits {
		all = append(all, h.Latency*1000)
	}
	slices.Sort(all)
	pct := func(p float64) float64 {
		return all[int(p*float64(len(all)-1)+0.5)]
	}
	fmt.Printf("latency ms p50=%.1f p90=%.1f p99=%.1f max=%.1f\n", pct(0.5), pct(0.9), pct(0.99), all[len(all)-1])

	var bytes, errs int
	classes := map[string]int{}
	for _, h := range hits {
		bytes += h.Bytes
		classes[strconv.Itoa(h.Status/100)+"xx"]++
		if h.Status >= 500 {
			errs++
		}
	}
	fmt.Printf("bytes=%d (%.2f KiB) error rate=%.2f%% classes=%v\n", bytes, float64(bytes)/1024, 100*float64(errs)/float64(len(hits)), classes)
	slow := slices.DeleteFunc(slices.Clone(hits), func(h Hit) bool { return h.Latency < 0.3 })
	for _, h := range slow {
		fmt.Printf("slow: %-6s %-14s %6.0fms %q\n", h.Method, h.Path, h.Latency*1000, h.IP)
	}
	fmt.Println(idRE.ReplaceAllString("/a/12/b/345", "/:id"), lineRE.NumSubexp())
}
