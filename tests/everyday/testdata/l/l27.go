package main

import (
	"fmt"
	"slices"
	"strings"
)

// Capacity planner: uses range-over-int, min/max builtins, and clear.

type Node struct {
	Name     string
	CPU      int // millicores available
	MemMB    int
	Assigned []string
}

type Pod struct {
	Name  string
	CPU   int
	MemMB int
}

func schedule(nodes []Node, pods []Pod) (unplaced []string) {
	for _, p := range pods {
		best := -1
		bestScore := -1
		for i := range len(nodes) {
			n := &nodes[i]
			if n.CPU < p.CPU || n.MemMB < p.MemMB {
				continue
			}
			// score = the tighter of the two remaining resources (in percent)
			score := min((n.CPU-p.CPU)*100/max(n.CPU, 1), (n.MemMB-p.MemMB)*100/max(n.MemMB, 1))
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			unplaced = append(unplaced, p.Name)
			continue
		}
		n := &nodes[best]
		n.CPU -= p.CPU
		n.MemMB -= p.MemMB
		n.Assigned = append(n.Assigned, p.Name)
	}
	return unplaced
}

func histogram(values []int, buckets int) []int {
	lo, hi := slices.Min(values), slices.Max(values)
	width := max(1, (hi-lo+buckets)/buckets)
	h := make([]int, buckets)
	for _, v := range values {
		h[min((v-lo)/width, buckets-1)]++
	}
	return h
}

func main() {
	nodes := []Node{
		{Name: "node-a", CPU: 4000, MemMB: 8192},
		{Name: "node-b", CPU: 2000, MemMB: 16384},
		{Name: "node-c", CPU: 8000, MemMB: 4096},
	}
	var pods []Pod
	for i := range 10 {
		pods = append(pods, Pod{
			Name:  fmt.Sprintf("web-%d", i),
			CPU:   250 * (1 + i%4),
			MemMB: 512 * (1 + (i*3)%5),
		})
	}
	pods = append(pods, Pod{"bigdata", 6000, 12000})

	unplaced := schedule(nodes, pods)
	for _, n := range nodes {
		fmt.Printf("%s free cpu=%-5d mem=%-6d pods=%s\n", n.Name, n.CPU, n.MemMB, strings.Join(n.Assigned, ","))
	}
	fmt.Println("unplaced:", unplaced)

	cpus := make([]int, 0, len(pods))
	for _, p := range pods {
		cpus = append(cpus, p.CPU)
	}
	fmt.Println("cpu min/max:", slices.Min(cpus), slices.Max(cpus), "clamp(7000):", min(max(7000, 100), 4000))
	for i, c := range histogram(cpus, 4) {
		fmt.Printf("bucket %d: |%-10s| %d\n", i, strings.Repeat("*", c), c)
	}

	// clear on a map deletes all entries; on a slice it zeroes elements.
	usage := map[string]int{"a": 1, "b": 2}
	clear(usage)
	fmt.Println("map after clear:", len(usage), usage)
	clear(cpus[:3])
	fmt.Println("slice after partial clear:", cpus)

	for i := range 3 {
		fmt.Printf("retry %d/%d backoff=%dms\n", i+1, 3, min(100<<i, 300))
	}
	fmt.Println("mixed min:", min(2.5, 1, 3), "strings:", max("pear", "apple", "fig"))
}
