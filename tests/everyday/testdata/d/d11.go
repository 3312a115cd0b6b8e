package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	ISBN   string
	Title  string
	Author string
	Year   int
	Tags   []string
	OnLoan bool
}

var ErrNotFound = errors.New("book not found")
var ErrConflict = errors.New("book already exists")

// BookRepository abstracts persistence so the service never sees the storage.
type BookRepository interface {
	Get(isbn string) (Book, error)
	Create(b Book) error
	Update(b Book) error
	Delete(isbn string) error
	Find(pred func(Book) bool) []Book
}

type memoryRepo struct {
	byISBN map[string]Book
}

func NewMemoryRepo() BookRepository {
	return &memoryRepo{byISBN: make(map[string]Book)}
}

func clone(b Book) Book {
	b.Tags = append([]string(nil), b.Tags...)
	return b
}

func (r *memoryRepo) Get(isbn string) (Book, error) {
	b, ok := r.byISBN[isbn]
	if !ok {
		return Book{}, fmt.Errorf("get %s: %w", isbn, ErrNotFound)
	}
	return clone(b), nil
}

func (r *memoryRepo) Create(b Book) error {
	if _, ok := r.byISBN[b.ISBN]; ok {
		return fmt.Errorf("create %s: %w", b.ISBN, ErrConflict)
	}
	r.byISBN[b.ISBN] = clone(b)
	return nil
}

func (r *memoryRepo) Update(b Book) error {
	if _, ok := r.byISBN[b.ISBN]; !ok {
		return fmt.Errorf("update %s: %w", b.ISBN, ErrNotFound)
	}
	r.byISBN[b.ISBN] = clone(b)
	return nil
}

func (r *memoryRepo) Delete(isbn string) error {
	if _, ok := r.byISBN[isbn]; !ok {
		return fmt.Errorf("delete %s: %w", isbn, ErrNotFound)
	}
	delete(r.byISBN, isbn)
	return nil
}

func (r *memoryRepo) Find(pred func(Book) bool) []Book {
	var out []Book
	for _, b := range r.byISBN {
		if pred(b) {
			out = append(out, clone(b))
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Year != out[j].Year {
			return out[i].Year < out[j].Year
		}
		return out[i].Title < out[j].Title
	})
	return out
}

// LibraryService holds business rules on top of the repository.
type LibraryService struct {
	repo BookRepository
}

func (s LibraryService) Checkout(isbn string) error {
	b, err := s.repo.Get(isbn)
	if err != nil {
		return err
	}
	if b.OnLoan {
		return fmt.Errorf("checkout %q: already on loan", b.Title)
	}
	b.OnLoan = true
	return s.repo.Update(b)
}

func (s LibraryService) ByTag(tag string) []Book {
	return s.repo.Find(func(b Book) bool {
		for _, t := range b.Tags {
			if t == tag {
				return true
			}
		}
		return false
	})
}

func (s LibraryService) Available() []Book {
	return s.repo.Find(func(b Book) bool { return !b.OnLoan })
}

func printBooks(label string, books []Book) {
	fmt.Printf("%s (%d):\n", label, len(books))
	for _, b := range books {
		status := "in"
		if b.OnLoan {
			status = "out"
		}
		fmt.Printf("  %-4d %-32s %-22s [%s] %s\n", b.Year, b.Title, b.Author, strings.Join(b.Tags, ","), status)
	}
}

func main() {
	repo := NewMemoryRepo()
	svc := LibraryService{repo: repo}
	seed := []Book{
		{"978-0134190440", "The Go Programming Language", "Donovan & Kernighan", 2015, []string{"go", "programming"}, false},
		{"978-0201633610", "Design Patterns", "Gamma et al.", 1994, []string{"patterns", "oop"}, false},
		{"978-0132350884", "Clean Code", "Robert C. Martin", 2008, []string{"craft"}, false},
		{"978-0201485677", "Refactoring", "Martin Fowler", 1999, []string{"craft", "patterns"}, false},
		{"978-1491941195", "Concurrency in Go", "Katherine Cox-Buday", 2017, []string{"go", "concurrency"}, false},
	}
	for _, b := range seed {
		if err := repo.Create(b); err != nil {
			fmt.Println("seed error:", err)
		}
	}
	if err := repo.Create(seed[1]); err != nil {
		fmt.Println("expected:", err, "| conflict:", errors.Is(err, ErrConflict))
	}

	printBooks("all books", repo.Find(func(Book) bool { return true }))
	printBooks("tag=go", svc.ByTag("go"))
	printBooks("tag=patterns", svc.ByTag("patterns"))

	for _, isbn := range []string{"978-0201633610", "978-0201633610", "000-0000000000", "978-1491941195"} {
		if err := svc.Checkout(isbn); err != nil {
			fmt.Printf("checkout %s failed: %v (not found: %t)\n", isbn, err, errors.Is(err, ErrNotFound))
		} else {
			fmt.Printf("checkout %s ok\n", isbn)
		}
	}
	printBooks("available", svc.Available())

	// Mutating a returned copy must not leak into the store.
	b, _ := repo.Get("978-0132350884")
	b.Tags[0] = "HACKED"
	b2, _ := repo.Get("978-0132350884")
	fmt.Println("stored tags after external mutation:", b2.Tags)

	fmt.Println("delete:", repo.Delete("978-0132350884"), "| again:", repo.Delete("978-0132350884"))
	fmt.Println("remaining:", len(repo.Find(func(Book) bool { return true })))
}
