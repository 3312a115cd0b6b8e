// Concurrent crawler over an in-memory link graph: level-synchronous BFS with a shared visited set.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var site = map[string][]string{
	"/":             {"/products", "/blog", "/about", "/login"},
	"/products":     {"/products/a", "/products/b", "/products/c", "/"},
	"/products/a":   {"/products/b", "/cart"},
	"/products/b":   {"/products/a", "/cart", "/reviews/b"},
	"/products/c":   {"/cart", "/404-missing"},
	"/blog":         {"/blog/2024", "/blog/2025", "/about"},
	"/blog/2024":    {"/blog/2024/go", "/blog"},
	"/blog/2025":    {"/blog/2025/ai", "/blog/2024/go"},
	"/blog/2024/go": {"/products/a"},
	"/blog/2025/ai": {"/careers"},
	"/about":        {"/careers", "/contact"},
	"/careers":      {"/careers/eng", "/careers/ops"},
	"/careers/eng":  {"/careers/eng/backend"},
	"/contact":      {},
	"/login":        {"/signup"},
	"/signup":       {"/login", "/terms"},
	"/terms":        {},
	"/cart":         {"/checkout"},
	"/checkout":     {"/login"},
	"/reviews/b":    {},
	"/careers/ops":  {},
}

type Page struct {
	URL    string
	Depth  int
	Links  int
	Status int
}

type Visited struct {
	mu   sync.Mutex
	seen map[string]bool
}

// claim returns true exactly once per URL across all goroutines.
func (v *Visited) claim(u string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[u] {
		return false
	}
	v.seen[u] = true
	return true
}

func fetch(u string) ([]string, int) {
	links, ok := site[u]
	if !ok {
		return nil, 404
	}
	return links, 200
}

func crawl(start string, maxDepth, parallel int) []Page {
	visited := &Visited{seen: map[string]bool{}}
	visited.claim(start)
	frontier := []string{start}
	var pages []Page
	sem := make(chan struct{}, parallel)
	for depth := 0; len(frontier) > 0 && depth <= maxDepth; depth++ {
		var mu sync.Mutex
		var next []string
		var wg sync.WaitGroup
		for _, u := range frontier {
			wg.Add(1)
			go func(u string) {
				defer wg.Done()
				sem <- struct{}{}
				links, status := fetch(u)
				<-sem
				mu.Lock()
				pages = append(pages, Page{u, depth, len(links), status})
				mu.Unlock()
				for _, l := range links {
					if visited.claim(l) {
						mu.Lock()
						next = append(next, l)
						mu.Unlock()
					}
				}
			}(u)
		}
		wg.Wait()
		sort.Strings(next)
		frontier = next
	}
	sort.Slice(pages, func(i, j int) bool {
		if pages[i].Depth != pages[j].Depth {
			return pages[i].Depth < pages[j].Depth
		}
		return pages[i].URL < pages[j].URL
	})
	return pages
}

func main() {
	for _, cfg := range []struct{ depth, par int }{{1, 2}, {10, 4}} {
		pages := crawl("/", cfg.depth, cfg.par)
		fmt.Printf("crawl max-depth=%d parallel=%d: %d pages\n", cfg.depth, cfg.par, len(pages))
		for _, p := range pages {
			indent := strings.Repeat("  ", p.Depth)
			fmt.Printf("  d%d %s%s (%d, %d links)\n", p.Depth, indent, p.URL, p.Status, p.Links)
		}
	}
	pages := crawl("/blog/2025/ai", 10, 3)
	var urls []string
	for _, p := range pages {
		urls = append(urls, p.URL)
	}
	fmt.Println("from /blog/2025/ai:", strings.Join(urls, " "))
}
