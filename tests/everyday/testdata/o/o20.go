package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Entity interface {
	comparable
	Key() string
}

var ErrNotFound = errors.New("not found")
var ErrConflict = errors.New("conflict")

type RepoError struct {
	Op, Kind, Key string
	Err           error
}

func (e *RepoError) Error() string { return fmt.Sprintf("%s %s[%s]: %v", e.Op, e.Kind, e.Key, e.Err) }
func (e *RepoError) Unwrap() error { return e.Err }

type Repo[T Entity] struct {
	kind  string
	items map[string]T
	ops   int
}

func NewRepo[T Entity](kind string) *Repo[T] {
	return &Repo[T]{kind: kind, items: map[string]T{}}
}

func (r *Repo[T]) Insert(v T) error {
	r.ops++
	if _, ok := r.items[v.Key()]; ok {
		return &RepoError{"insert", r.kind, v.Key(), ErrConflict}
	}
	r.items[v.Key()] = v
	return nil
}

func (r *Repo[T]) Get(k string) (T, error) {
	r.ops++
	v, ok := r.items[k]
	if !ok {
		var zero T
		return zero, &RepoError{"get", r.kind, k, ErrNotFound}
	}
	return v, nil
}

func (r *Repo[T]) Update(v T) error {
	r.ops++
	old, ok := r.items[v.Key()]
	if !ok {
		return &RepoError{"update", r.kind, v.Key(), ErrNotFound}
	}
	if old == v {
		return nil
	}
	r.items[v.Key()] = v
	return nil
}

func (r *Repo[T]) All() []T {
	keys := slices.Sorted(maps.Keys(r.items))
	out := make([]T, 0, len(keys))
	for _, k := range keys {
		out = append(out, r.items[k])
	}
	return out
}

type Book struct {
	ISBN   string
	Title  string
	Year   int
	Copies int
}

func (b Book) Key() string { return b.ISBN }

type Member struct {
	ID   string
	Name string
}

func (m Member) Key() string { return m.ID }

func report(err error) {
	if err == nil {
		return
	}
	var re *RepoError
	if errors.As(err, &re) {
		fmt.Printf("  error op=%s kind=%s key=%s notfound=%v conflict=%v\n",
			re.Op, re.Kind, re.Key, errors.Is(err, ErrNotFound), errors.Is(err, ErrConflict))
	}
}

func main() {
	books := NewRepo[Book]("book")
	members := NewRepo[Member]("member")

	report(books.Insert(Book{"978-0", "The Go Programming Language", 2015, 3}))
	report(books.Insert(Book{"978-1", "Concurrency in Go", 2017, 1}))
	report(books.Insert(Book{"978-2", "Learning Go", 2021, 2}))
	report(books.Insert(Book{"978-1", "Duplicate", 2000, 9}))
	report(members.Insert(Member{"m1", "Ana"}))
	report(members.Insert(Member{"m2", "Ben"}))

	b, err := books.Get("978-2")
	fmt.Printf("got %+v err=%v\n", b, err)
	_, err = books.Get("999")
	report(err)
	_, err = members.Get("m9")
	report(err)

	b.Copies--
	report(books.Update(b))
	report(books.Update(Book{ISBN: "000"}))
	report(members.Update(Member{"m1", "Ana"})) // unchanged, comparable equality

	fmt.Println("books by key:")
	for _, bk := range books.All() {
		fmt.Printf("  %s %-30q %d copies=%d\n", bk.ISBN, bk.Title, bk.Year, bk.Copies)
	}
	byYear := books.All()
	slices.SortFunc(byYear, func(a, b Book) int { return cmp.Compare(b.Year, a.Year) })
	fmt.Println("newest:", byYear[0].Title)
	total := 0
	for _, bk := range byYear {
		total += bk.Copies
	}
	fmt.Println("total copies:", total)
	fmt.Println("members:", members.All())
	fmt.Printf("ops: books=%d members=%d\n", books.ops, members.ops)
	fmt.Printf("types: %T %T\n", books, members.All())
	joined := errors.Join(books.Insert(Book{ISBN: "978-0"}), members.Insert(Member{ID: "m2"}))
	fmt.Println("joined is conflict:", errors.Is(joined, ErrConflict))
	fmt.Println(joined)
}
