// q35: map-reduce with hash-partitioned reducers: mappers emit pairs, reducers own key ranges.
package main

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
)

type KV struct {
	Key   string
	Value int
}

type Mapper func(line string, emit func(KV))
type Reducer func(key string, values []int) int

func partition(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func MapReduce(lines []string, nMap, nReduce int, m Mapper, r Reducer) ([]KV, []int) {
	inputs := make(chan string)
	shuffles := make([]chan KV, nReduce)
	for i := range shuffles {
		shuffles[i] = make(chan KV, 16)
	}
	var mappers sync.WaitGroup
	for range nMap {
		mappers.Go(func() {
			for line := range inputs {
				m(line, func(kv KV) { shuffles[partition(kv.Key, nReduce)] <- kv })
			}
		})
	}
	outputs := make([][]KV, nReduce)
	var reducers sync.WaitGroup
	for p := range nReduce {
		reducers.Go(func() {
			groups := map[string][]int{}
			for kv := range shuffles[p] {
				groups[kv.Key] = append(groups[kv.Key], kv.Value)
			}
			for k, vs := range groups {
				outputs[p] = append(outputs[p], KV{k, r(k, vs)})
			}
		})
	}
	for _, l := range lines {
		inputs <- l
	}
	close(inputs)
	mappers.Wait()
	for _, ch := range shuffles {
		close(ch)
	}
	reducers.Wait()
	var all []KV
	sizes := make([]int, nReduce)
	for p, out := range outputs {
		sizes[p] = len(out)
		all = append(all, out...)
	}
	return all, sizes
}

func main() {
	logs := []string{
		"GET /api/users 200 12ms", "POST /api/orders 201 48ms", "GET /api/users 200 9ms",
		"GET /health 200 1ms", "GET /api/orders 500 120ms", "DELETE /api/users 204 15ms",
		"GET /api/users 404 3ms", "POST /api/orders 201 52ms", "GET /health 200 1ms",
		"GET /api/search 200 210ms", "GET /api/search 200 180ms", "POST /api/users 409 7ms",
		"GET /api/orders 200 33ms", "GET /api/search 503 5ms", "GET /health 200 2ms",
	}
	statusMapper := func(line string, emit func(KV)) {
		f := strings.Fields(line)
		emit(KV{"status:" + f[2][:1] + "xx", 1})
		emit(KV{"route:" + f[1], 1})
		emit(KV{"method:" + f[0], 1})
	}
	sum := func(_ string, vs []int) int {
		t := 0
		for _, v := range vs {
			t += v
		}
		return t
	}
	res, sizes := MapReduce(logs, 3, 4, statusMapper, sum)
	slices.SortFunc(res, func(a, b KV) int { return cmp.Compare(a.Key, b.Key) })
	for _, kv := range res {
		fmt.Printf("%-18s %d\n", kv.Key, kv.Value)
	}
	total := 0
	for _, s := range sizes {
		total += s
	}
	fmt.Println("distinct keys:", total, "partition sizes:", sizes)

	latMapper := func(line string, emit func(KV)) {
		f := strings.Fields(line)
		var ms int
		fmt.Sscanf(f[3], "%dms", &ms)
		emit(KV{f[1], ms})
	}
	maxReducer := func(_ string, vs []int) int { return slices.Max(vs) }
	worst, _ := MapReduce(logs, 2, 3, latMapper, maxReducer)
	slices.SortFunc(worst, func(a, b KV) int { return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Key, b.Key)) })
	fmt.Println("max latency per route:")
	for _, kv := range worst {
		fmt.Printf("  %-13s %4dms\n", kv.Key, kv.Value)
	}
}
