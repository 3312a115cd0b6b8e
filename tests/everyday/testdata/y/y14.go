package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Job struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type PQ []*Job

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Seq < pq[j].Seq
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	j := x.(*Job)
	j.index = len(*pq)
	*pq = append(*pq, j)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*pq = old[:n-1]
	return j
}

func (pq *PQ) update(j *Job, prio int) {
	j.Priority = prio
	heap.Fix(pq, j.index)
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// topK keeps the k largest values using a min-heap.
func topK(xs []int, k int) []int {
	h := &IntHeap{}
	for _, x := range xs {
		heap.Push(h, x)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]int, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(int)
	}
	return out
}

func main() {
	pq := &PQ{}
	heap.Init(pq)
	specs := "ingest:2 clean:5 report:1 backup:5 notify:3 archive:1"
	jobs := map[string]*Job{}
	for i, spec := range strings.Fields(specs) {
		name, p, _ := strings.Cut(spec, ":")
		j := &Job{Name: name, Priority: int(p[0] - '0'), Seq: i}
		jobs[name] = j
		heap.Push(pq, j)
	}
	fmt.Println("queued:", pq.Len(), "top:", (*pq)[0].Name)
	pq.update(jobs["report"], 9)
	pq.update(jobs["clean"], 0)
	for pq.Len() > 0 {
		j := heap.Pop(pq).(*Job)
		fmt.Printf("run %-8s prio=%d seq=%d\n", j.Name, j.Priority, j.Seq)
	}

	vals := []int{15, 3, 99, 42, 7, 64, 23, 88, 1, 50}
	fmt.Println("top3:", topK(vals, 3))
	fmt.Println("top5:", topK(vals, 5))

	h := &IntHeap{9, 4, 7, 1}
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Printf("min=%d len=%d\n", (*h)[0], h.Len())
	var sorted []int
	for h.Len() > 0 {
		sorted = append(sorted, heap.Pop(h).(int))
	}
	fmt.Println("heap sorted:", sorted)
}
