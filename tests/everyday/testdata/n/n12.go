// K-means clustering with fixed initial centroids on 2-D customer features.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Vec [2]float64

func (v Vec) String() string { return fmt.Sprintf("(%.2f, %.2f)", v[0], v[1]) }

func dist2(a, b Vec) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

type Result struct {
	Centroids []Vec
	Assign    []int
	Iters     int
	Inertia   float64
}

func kmeans(pts []Vec, init []Vec, maxIter int) Result {
	cents := append([]Vec(nil), init...)
	assign := make([]int, len(pts))
	for i := range assign {
		assign[i] = -1
	}
	iter := 0
	for iter = 1; iter <= maxIter; iter++ {
		changed := 0
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, ct := range cents {
				if d := dist2(p, ct); d < bd {
					best, bd = c, d
				}
			}
			if assign[i] != best {
				assign[i] = best
				changed++
			}
		}
		sums := make([]Vec, len(cents))
		counts := make([]int, len(cents))
		for i, p := range pts {
			c := assign[i]
			sums[c][0] += p[0]
			sums[c][1] += p[1]
			counts[c]++
		}
		for c := range cents {
			if counts[c] > 0 {
				cents[c] = Vec{sums[c][0] / float64(counts[c]), sums[c][1] / float64(counts[c])}
			}
		}
		if changed == 0 {
			break
		}
	}
	inertia := 0.0
	for i, p := range pts {
		inertia += dist2(p, cents[assign[i]])
	}
	return Result{cents, assign, iter, inertia}
}

func main() {
	r := rand.New(rand.NewPCG(17, 29))
	// features: (annual spend in $k, visits per month) for three segments.
	truth := []Vec{{2, 1.5}, {8, 6}, {15, 2.5}}
	var pts []Vec
	var label []int
	for s, c := range truth {
		for i := 0; i < 40; i++ {
			pts = append(pts, Vec{c[0] + 1.2*r.NormFloat64(), c[1] + 0.8*r.NormFloat64()})
			label = append(label, s)
		}
	}
	// standardize
	var mean, sd Vec
	for _, p := range pts {
		mean[0] += p[0]
		mean[1] += p[1]
	}
	mean[0] /= float64(len(pts))
	mean[1] /= float64(len(pts))
	for _, p := range pts {
		sd[0] += (p[0] - mean[0]) * (p[0] - mean[0])
		sd[1] += (p[1] - mean[1]) * (p[1] - mean[1])
	}
	sd[0] = math.Sqrt(sd[0] / float64(len(pts)))
	sd[1] = math.Sqrt(sd[1] / float64(len(pts)))
	z := make([]Vec, len(pts))
	for i, p := range pts {
		z[i] = Vec{(p[0] - mean[0]) / sd[0], (p[1] - mean[1]) / sd[1]}
	}
	fmt.Printf("n=%d mean=%v sd=%v\n", len(pts), mean, sd)

	init := []Vec{z[0], z[45], z[90]}
	for k := 2; k <= 4; k++ {
		seed := init
		if k == 2 {
			seed = init[:2]
		} else if k == 4 {
			seed = append(append([]Vec{}, init...), z[119])
		}
		res := kmeans(z, seed, 50)
		fmt.Printf("k=%d iters=%d inertia=%.3f\n", k, res.Iters, res.Inertia)
	}

	res := kmeans(z, init, 50)
	fmt.Println("\nk=3 clusters (original units):")
	counts := make([]int, 3)
	for _, a := range res.Assign {
		counts[a]++
	}
	for c, ct := range res.Centroids {
		orig := Vec{ct[0]*sd[0] + mean[0], ct[1]*sd[1] + mean[1]}
		fmt.Printf("  cluster %d: n=%2d center=%v\n", c, counts[c], orig)
	}
	// Confusion matrix vs. true segment.
	var conf [3][3]int
	for i, a := range res.Assign {
		conf[label[i]][a]++
	}
	fmt.Println("\nconfusion (rows=true segment, cols=cluster):")
	for s := range conf {
		fmt.Printf("  seg %d: %3d %3d %3d\n", s, conf[s][0], conf[s][1], conf[s][2])
	}
	correct := 0
	for s := range conf {
		m := 0
		for _, v := range conf[s] {
			m = max(m, v)
		}
		correct += m
	}
	fmt.Printf("purity=%.3f\n", float64(correct)/float64(len(pts)))
}
