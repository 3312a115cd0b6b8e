// q30: fan-out over N workers and fan-in via a merge function; results re-sorted for output.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type URL string

type Page struct {
	URL    URL
	Status int
	Links  int
	Title  string
	Worker int
}

// fetcher simulates HTTP fetches from an in-memory site.
type fetcher struct{ site map[URL]string }

func (f fetcher) Fetch(u URL) Page {
	body, ok := f.site[u]
	if !ok {
		return Page{URL: u, Status: 404}
	}
	title, _, _ := strings.Cut(body, "|")
	return Page{URL: u, Status: 200, Title: title, Links: strings.Count(body, "href")}
}

func gen(urls []URL) <-chan URL {
	out := make(chan URL)
	go func() {
		defer close(out)
		for _, u := range urls {
			out <- u
		}
	}()
	return out
}

func worker(id int, f fetcher, in <-chan URL) <-chan Page {
	out := make(chan Page)
	go func() {
		defer close(out)
		for u := range in {
			p := f.Fetch(u)
			p.Worker = id
			out <- p
		}
	}()
	return out
}

// merge fans in any number of channels into one, closing it when all inputs close.
func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Go(func() {
			for v := range c {
				out <- v
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	site := map[URL]string{}
	var urls []URL
	for i := range 15 {
		u := URL(fmt.Sprintf("https://shop.example/p/%02d", i))
		urls = append(urls, u)
		if i%6 == 5 {
			continue // missing page
		}
		site[u] = fmt.Sprintf("Product %02d|%s", i, strings.Repeat("<a href=x>", i%4+1))
	}
	f := fetcher{site}
	src := gen(urls)
	const n = 4
	workers := make([]<-chan Page, n)
	for i := range n {
		workers[i] = worker(i, f, src)
	}
	var pages []Page
	perWorker := make([]int, n)
	for p := range merge(workers...) {
		pages = append(pages, p)
		perWorker[p.Worker]++
	}
	slices.SortFunc(pages, func(a, b Page) int { return cmp.Compare(a.URL, b.URL) })
	links := 0
	var missing []string
	for _, p := range pages {
		if p.Status != 200 {
			missing = append(missing, string(p.URL))
			fmt.Printf("%s  %d\n", p.URL, p.Status)
			continue
		}
		links += p.Links
		fmt.Printf("%s  %d  %-10s links=%d\n", p.URL, p.Status, p.Title, p.Links)
	}
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("pages:", len(pages), "sum over workers:", total, "links:", links)
	fmt.Println("missing:", len(missing))

	// Generic merge also works for plain ints.
	a, b := make(chan int), make(chan int)
	go func() {
		defer close(a)
		for i := range 5 {
			a <- i
		}
	}()
	go func() {
		defer close(b)
		for i := range 5 {
			b <- 100 + i
		}
	}()
	var got []int
	for v := range merge[int](a, b) {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println("merged ints:", got)
}
