package main

import (
	"fmt"
	"math"
	"strings"
)

type Vec [2]float64

func (v Vec) Dist2(o Vec) float64 {
	dx, dy := v[0]-o[0], v[1]-o[1]
	return dx*dx + dy*dy
}

func (v Vec) String() string { return fmt.Sprintf("(%6.2f, %6.2f)", v[0], v[1]) }

type InitFunc func(data []Vec, k int) []Vec

type KMeans struct {
	K         int
	Init      InitFunc
	Centroids []Vec
	Labels    []int
	Iter      int
}

// initFirstK naively uses the first k points, which may all be in one cluster.
func initFirstK(data []Vec, k int) []Vec {
	return append([]Vec(nil), data[:k]...)
}

// initFarthest picks deterministic "farthest point" seeds: the first point,
// then repeatedly the point farthest from its nearest chosen centroid.
func initFarthest(data []Vec, k int) []Vec {
	c := []Vec{data[0]}
	for len(c) < k {
		best, bestD := 0, -1.0
		for i, p := range data {
			d := math.Inf(1)
			for _, q := range c {
				d = math.Min(d, p.Dist2(q))
			}
			if d > bestD {
				best, bestD = i, d
			}
		}
		c = append(c, data[best])
	}
	return c
}

func (km *KMeans) Fit(data []Vec, maxIter int) {
	km.Centroids = km.Init(data, km.K)
	km.Labels = make([]int, len(data))
	for km.Iter = 1; km.Iter <= maxIter; km.Iter++ {
		changed := 0
		for i, p := range data {
			best := 0
			for j := 1; j < km.K; j++ {
				if p.Dist2(km.Centroids[j]) < p.Dist2(km.Centroids[best]) {
					best = j
				}
			}
			if km.Labels[i] != best || km.Iter == 1 {
				changed++
			}
			km.Labels[i] = best
		}
		sums := make([]Vec, km.K)
		counts := make([]int, km.K)
		for i, p := range data {
			l := km.Labels[i]
			sums[l][0] += p[0]
			sums[l][1] += p[1]
			counts[l]++
		}
		for j := range sums {
			if counts[j] > 0 {
				km.Centroids[j] = Vec{sums[j][0] / float64(counts[j]), sums[j][1] / float64(counts[j])}
			}
		}
		fmt.Printf("  iter %d: %2d reassignments, inertia %.3f\n", km.Iter, changed, km.Inertia(data))
		if changed == 0 {
			break
		}
	}
}

func (km *KMeans) Inertia(data []Vec) float64 {
	s := 0.0
	for i, p := range data {
		s += p.Dist2(km.Centroids[km.Labels[i]])
	}
	return s
}

var data = []Vec{
	{1.0, 1.2}, {1.5, 2.0}, {0.8, 1.9}, {1.9, 1.1}, {1.2, 0.7}, {2.1, 1.8},
	{6.2, 6.8}, {7.1, 7.5}, {6.8, 6.1}, {7.5, 6.9}, {6.0, 7.4}, {7.9, 7.8},
	{1.5, 7.9}, {2.2, 8.4}, {0.9, 8.8}, {1.8, 9.1}, {2.6, 7.6},
	{8.5, 1.5}, {9.0, 2.3}, {7.8, 2.0}, {8.8, 0.9},
	{4.6, 4.4},
}

func asciiPlot(data []Vec, labels []int, cents []Vec) {
	const w, h = 40, 15
	grid := make([][]byte, h)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(".", w))
	}
	put := func(v Vec, ch byte) {
		x := int(v[0] / 10 * (w - 1))
		y := h - 1 - int(v[1]/10*(h-1))
		grid[y][x] = ch
	}
	for i, p := range data {
		put(p, "abcdefgh"[labels[i]])
	}
	for j, c := range cents {
		put(c, "ABCDEFGH"[j])
	}
	for _, row := range grid {
		fmt.Println("  " + string(row))
	}
}

func main() {
	inits := []struct {
		name string
		fn   InitFunc
	}{{"first-k", initFirstK}, {"farthest", initFarthest}}
	for _, k := range []int{2, 3, 4, 5} {
		for _, in := range inits {
			fmt.Printf("k=%d init=%s\n", k, in.name)
			km := &KMeans{K: k, Init: in.fn}
			km.Fit(data, 20)
			if k != 4 || in.name != "first-k" {
				continue
			}
			for j, c := range km.Centroids {
				n := 0
				for _, l := range km.Labels {
					if l == j {
						n++
					}
				}
				fmt.Printf("  cluster %c centroid %v size %d\n", 'A'+j, c, n)
			}
			asciiPlot(data, km.Labels, km.Centroids)
		}
	}
}
