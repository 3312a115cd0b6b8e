package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

// Page is one response from a paginated API.
type Page[T any] struct {
	Items  []T
	Cursor string
}

// Fetcher retrieves a page given a cursor ("" for the first page).
type Fetcher[T any] func(cursor string) (Page[T], error)

// Paginate flattens pages into a stream of (item, error) pairs.
func Paginate[T any](fetch Fetcher[T]) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		cursor := ""
		for {
			p, err := fetch(cursor)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, it := range p.Items {
				if !yield(it, nil) {
					return
				}
			}
			if p.Cursor == "" {
				return
			}
			cursor = p.Cursor
		}
	}
}

// fakeAPI serves a slice in pages of size n and logs each request.
func fakeAPI[T any](data []T, n int, failAt string, log *[]string) Fetcher[T] {
	return func(cursor string) (Page[T], error) {
		*log = append(*log, "GET ?cursor="+cursor)
		if cursor != "" && cursor == failAt {
			return Page[T]{}, errors.New("503 service unavailable")
		}
		start := 0
		if cursor != "" {
			fmt.Sscanf(cursor, "off-%d", &start)
		}
		end := min(start+n, len(data))
		next := ""
		if end < len(data) {
			next = fmt.Sprintf("off-%d", end)
		}
		return Page[T]{Items: data[start:end], Cursor: next}, nil
	}
}

type Repo struct {
	Name  string
	Stars int
}

func (r Repo) String() string { return fmt.Sprintf("%s★%d", r.Name, r.Stars) }

func main() {
	repos := []Repo{{"alpha", 10}, {"beta", 250}, {"gamma", 3}, {"delta", 99}, {"eps", 1200}, {"zeta", 42}, {"eta", 7}}

	var log []string
	var all []Repo
	for r, err := range Paginate(fakeAPI(repos, 3, "", &log)) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		all = append(all, r)
	}
	fmt.Println("all:", all)
	fmt.Println("requests:", log)

	// Early exit: stop once we found a popular repo; later pages are never fetched.
	log = nil
	for r, err := range Paginate(fakeAPI(repos, 2, "", &log)) {
		if err == nil && r.Stars > 200 {
			fmt.Println("found popular:", r)
			break
		}
	}
	fmt.Println("requests:", log)

	// Failure mid-stream.
	log = nil
	count := 0
	for _, err := range Paginate(fakeAPI(repos, 2, "off-4", &log)) {
		if err != nil {
			fmt.Printf("failed after %d items: %v\n", count, err)
			break
		}
		count++
	}
	fmt.Println("requests:", log)

	// Pull-style consumption of the first two items.
	log = nil
	next, stop := iter.Pull2(Paginate(fakeAPI([]int{5, 6, 7, 8, 9}, 4, "", &log)))
	defer stop()
	for range 2 {
		v, err, ok := next()
		fmt.Println("pulled:", v, err, ok)
	}
	fmt.Println("requests:", log)

	ids := slices.Collect(func(yield func(int) bool) {
		for v, err := range Paginate(fakeAPI([]int{1, 2, 3, 4, 5}, 2, "", new([]string))) {
			if err != nil || !yield(v*v) {
				return
			}
		}
	})
	fmt.Println("squares:", ids)
}
