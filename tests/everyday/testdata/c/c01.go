// Paginate an API-like result set with iterators.
package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

type User struct {
	ID     int
	Name   string
	Active bool
}

type Page struct {
	Items      []User
	NextCursor int // 0 means no more pages
}

var errRateLimited = errors.New("rate limited")

// fakeAPI simulates a remote service that serves users page by page.
type fakeAPI struct {
	users    []User
	pageSize int
	calls    int
	failAt   int // call number that fails; 0 = never
}

func newFakeAPI(n, pageSize int) *fakeAPI {
	names := []string{"ada", "bob", "cyd", "dee", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou", "max"}
	api := &fakeAPI{pageSize: pageSize}
	for i := range n {
		api.users = append(api.users, User{
			ID:     100 + i,
			Name:   names[i%len(names)],
			Active: i%3 != 1,
		})
	}
	return api
}

func (a *fakeAPI) ListUsers(cursor int) (Page, error) {
	a.calls++
	if a.failAt != 0 && a.calls == a.failAt {
		return Page{}, fmt.Errorf("list users cursor=%d: %w", cursor, errRateLimited)
	}
	end := min(cursor+a.pageSize, len(a.users))
	p := Page{Items: a.users[cursor:end]}
	if end < len(a.users) {
		p.NextCursor = end
	}
	return p, nil
}

// AllUsers walks every page lazily; the caller can stop at any time.
func AllUsers(api *fakeAPI) iter.Seq2[User, error] {
	return func(yield func(User, error) bool) {
		cursor := 0
		for {
			page, err := api.ListUsers(cursor)
			if err != nil {
				yield(User{}, err)
				return
			}
			for _, u := range page.Items {
				if !yield(u, nil) {
					return
				}
			}
			if page.NextCursor == 0 {
				return
			}
			cursor = page.NextCursor
		}
	}
}

func FilterOK[T any](seq iter.Seq2[T, error], keep func(T) bool) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for v, err := range seq {
			if err != nil {
				yield(v, err)
				return
			}
			if keep(v) && !yield(v, nil) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq2[T, error], n int) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v, err := range seq {
			if !yield(v, err) || err != nil {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func main() {
	fmt.Println("== full scan ==")
	api := newFakeAPI(23, 5)
	total := 0
	for u, err := range AllUsers(api) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		total++
		if u.ID%5 == 0 {
			fmt.Printf("  user %d %s active=%v\n", u.ID, u.Name, u.Active)
		}
	}
	fmt.Printf("users=%d api calls=%d\n", total, api.calls)

	fmt.Println("== first 4 active users (lazy) ==")
	api = newFakeAPI(23, 5)
	active := FilterOK(AllUsers(api), func(u User) bool { return u.Active })
	for u, err := range Take(active, 4) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("  %d:%s\n", u.ID, strings.ToUpper(u.Name))
	}
	fmt.Printf("api calls needed: %d\n", api.calls)

	fmt.Println("== failure on third call ==")
	api = newFakeAPI(23, 5)
	api.failAt = 3
	var seen []int
	for u, err := range AllUsers(api) {
		if err != nil {
			fmt.Println("  stopped:", err)
			fmt.Println("  rate limited?", errors.Is(err, errRateLimited))
			break
		}
		seen = append(seen, u.ID)
	}
	fmt.Printf("  got %d users before failure, last=%d\n", len(seen), seen[len(seen)-1])

	fmt.Println("== page size sweep ==")
	for _, size := range []int{1, 4, 10, 23, 50} {
		api := newFakeAPI(23, size)
		n := 0
		for _, err := range AllUsers(api) {
			if err == nil {
				n++
			}
		}
		fmt.Printf("  pageSize=%-3d users=%d calls=%d\n", size, n, api.calls)
	}
}
