// All-pairs and negative-weight shortest paths: Floyd-Warshall and Bellman-Ford.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

const inf = math.MaxInt / 4

type Edge struct{ From, To, W int }

func floydWarshall(n int, edges []Edge) ([][]int, [][]int) {
	dist := make([][]int, n)
	next := make([][]int, n)
	for i := range n {
		dist[i] = make([]int, n)
		next[i] = make([]int, n)
		for j := range n {
			dist[i][j], next[i][j] = inf, -1
		}
		dist[i][i], next[i][i] = 0, i
	}
	for _, e := range edges {
		if e.W < dist[e.From][e.To] {
			dist[e.From][e.To], next[e.From][e.To] = e.W, e.To
		}
	}
	for k := range n {
		for i := range n {
			if dist[i][k] == inf {
				continue
			}
			for j := range n {
				if d := dist[i][k] + dist[k][j]; dist[k][j] != inf && d < dist[i][j] {
					dist[i][j], next[i][j] = d, next[i][k]
				}
			}
		}
	}
	return dist, next
}

func route(next [][]int, u, v int) []int {
	if next[u][v] < 0 {
		return nil
	}
	p := []int{u}
	for u != v {
		u = next[u][v]
		p = append(p, u)
	}
	return p
}

var ErrNegativeCycle = errors.New("negative cycle reachable from source")

func bellmanFord(n int, edges []Edge, src int) ([]int, error) {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = inf
	}
	dist[src] = 0
	for round := range n - 1 {
		changed := false
		for _, e := range edges {
			if dist[e.From] != inf && dist[e.From]+e.W < dist[e.To] {
				dist[e.To] = dist[e.From] + e.W
				changed = true
			}
		}
		if !changed {
			fmt.Printf("  (bellman-ford converged after %d rounds)\n", round+1)
			break
		}
	}
	for _, e := range edges {
		if dist[e.From] != inf && dist[e.From]+e.W < dist[e.To] {
			return dist, fmt.Errorf("edge %d->%d still relaxes: %w", e.From, e.To, ErrNegativeCycle)
		}
	}
	return dist, nil
}

func fmtDist(d int) string {
	if d == inf {
		return "∞"
	}
	return fmt.Sprint(d)
}

func main() {
	edges := []Edge{
		{0, 1, 3}, {0, 2, 8}, {0, 4, -4}, {1, 3, 1}, {1, 4, 7},
		{2, 1, 4}, {3, 0, 2}, {3, 2, -5}, {4, 3, 6},
	}
	n := 6 // vertex 5 is isolated
	dist, next := floydWarshall(n, edges)
	fmt.Println("Floyd-Warshall distance matrix:")
	for _, row := range dist {
		cells := make([]string, len(row))
		for j, d := range row {
			cells[j] = fmt.Sprintf("%3s", fmtDist(d))
		}
		fmt.Println(" ", strings.Join(cells, " "))
	}
	for _, pr := range [][2]int{{0, 2}, {2, 4}, {4, 1}, {0, 5}} {
		fmt.Printf("route %d->%d: %v (cost %s)\n", pr[0], pr[1], route(next, pr[0], pr[1]), fmtDist(dist[pr[0]][pr[1]]))
	}

	fmt.Println("Bellman-Ford from 0:")
	bf, err := bellmanFord(n, edges, 0)
	fmt.Println("  dist:", bf[:5], "isolated:", fmtDist(bf[5]), "err:", err)
	agree := true
	for v := range n {
		if bf[v] != dist[0][v] {
			agree = false
		}
	}
	fmt.Println("  agrees with Floyd-Warshall:", agree)

	// Currency arbitrage: negative cycle in -log(rate) weights, scaled to ints.
	names := []string{"USD", "EUR", "GBP", "JPY"}
	rates := [4][4]float64{
		{1, 0.92, 0.79, 151.2},
		{1.09, 1, 0.86, 164.5},
		{1.27, 1.17, 1, 192.0},
		{0.0066, 0.0061, 0.0052, 1},
	}
	var fx []Edge
	for i := range 4 {
		for j := range 4 {
			if i != j {
				fx = append(fx, Edge{i, j, int(math.Round(-math.Log(rates[i][j]) * 1e6))})
			}
		}
	}
	_, err = bellmanFord(4, fx, 0)
	fmt.Println("arbitrage check:", err, "| negative cycle:", errors.Is(err, ErrNegativeCycle))
	cycle := rates[0][1] * rates[1][2] * rates[2][0]
	fmt.Printf("  %s->%s->%s->%s multiplies money by %.4f\n", names[0], names[1], names[2], names[0], cycle)
}
