package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Vec [2]float64

func dist(a, b Vec) float64 {
	return math.Hypot(a[0]-b[0], a[1]-b[1])
}

type Result struct {
	Centroids []Vec
	Labels    []int
	Iter      int
	Inertia   float64
}

func kmeans(pts []Vec, init []Vec, maxIter int) Result {
	cents := slices.Clone(init)
	labels := make([]int, len(pts))
	var it int
	for it = 1; it <= maxIter; it++ {
		changed := false
		for i, p := range pts {
			best, bestD := 0, math.Inf(1)
			for c, cv := range cents {
				if d := dist(p, cv); d < bestD {
					best, bestD = c, d
				}
			}
			if labels[i] != best || it == 1 {
				changed = changed || labels[i] != best
				labels[i] = best
			}
		}
		sums := make([]Vec, len(cents))
		counts := make([]int, len(cents))
		for i, p := range pts {
			l := labels[i]
			sums[l][0] += p[0]
			sums[l][1] += p[1]
			counts[l]++
		}
		for c := range cents {
			if counts[c] > 0 {
				cents[c] = Vec{sums[c][0] / float64(counts[c]), sums[c][1] / float64(counts[c])}
			}
		}
		if !changed && it > 1 {
			break
		}
	}
	var inertia float64
	for i, p := range pts {
		d := dist(p, cents[labels[i]])
		inertia += d * d
	}
	return Result{cents, labels, it, inertia}
}

func main() {
	pts := []Vec{
		{1.0, 1.1}, {1.2, 0.8}, {0.8, 1.3}, {1.5, 1.0}, {1.1, 0.9},
		{5.0, 5.2}, {5.3, 4.9}, {4.8, 5.1}, {5.5, 5.4}, {5.1, 4.7},
		{9.0, 1.0}, {8.7, 1.3}, {9.3, 0.8}, {9.1, 1.2},
	}
	for _, k := range []int{2, 3, 4} {
		init := make([]Vec, k)
		for i := range k {
			init[i] = pts[i*len(pts)/k]
		}
		r := kmeans(pts, init, 50)
		fmt.Printf("k=%d iterations=%d inertia=%.4f\n", k, r.Iter, r.Inertia)
		for c, cv := range r.Centroids {
			members := []int{}
			for i, l := range r.Labels {
				if l == c {
					members = append(members, i)
				}
			}
			fmt.Printf("  cluster %d center=(%.3f, %.3f) size=%d members=%v\n", c, cv[0], cv[1], len(members), members)
		}
	}

	r := kmeans(pts, []Vec{pts[0], pts[5], pts[10]}, 50)
	// ascii scatter plot 10x20
	grid := make([][]byte, 7)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(".", 21))
	}
	for i, p := range pts {
		col := int(math.Round(p[0] * 2))
		row := 6 - int(math.Round(p[1]))
		grid[row][col] = byte('a' + r.Labels[i])
	}
	for _, c := range r.Centroids {
		grid[6-int(math.Round(c[1]))][int(math.Round(c[0]*2))] = '*'
	}
	for _, line := range grid {
		fmt.Println(string(line))
	}
	fmt.Printf("%v\n%T\n", r.Labels, r.Centroids[0])
}
