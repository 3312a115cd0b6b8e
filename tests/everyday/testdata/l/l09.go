package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
)

type Entity interface {
	comparable
	GetID() int
}

var (
	ErrNotFound  = errors.New("not found")
	ErrDuplicate = errors.New("duplicate id")
)

// Repository is a generic, mutex-guarded in-memory store.
type Repository[T Entity] struct {
	mu   sync.RWMutex
	rows map[int]T
}

func NewRepository[T Entity]() *Repository[T] {
	return &Repository[T]{rows: make(map[int]T)}
}

func (r *Repository[T]) Create(v T) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.rows[v.GetID()]; ok {
		return fmt.Errorf("create %d: %w", v.GetID(), ErrDuplicate)
	}
	r.rows[v.GetID()] = v
	return nil
}

func (r *Repository[T]) Get(id int) (T, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.rows[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("get %d: %w", id, ErrNotFound)
	}
	return v, nil
}

func (r *Repository[T]) Update(v T) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.rows[v.GetID()]; !ok {
		return fmt.Errorf("update %d: %w", v.GetID(), ErrNotFound)
	}
	r.rows[v.GetID()] = v
	return nil
}

func (r *Repository[T]) Delete(id int) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.rows[id]
	delete(r.rows, id)
	return ok
}

// Find returns matching rows sorted by ID for stable output.
func (r *Repository[T]) Find(pred func(T) bool) []T {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var out []T
	for _, v := range r.rows {
		if pred(v) {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, func(a, b T) int { return cmp.Compare(a.GetID(), b.GetID()) })
	return out
}

type Product struct {
	ID    int
	Name  string
	Price float64
	Stock int
}

func (p Product) GetID() int { return p.ID }

func main() {
	repo := NewRepository[Product]()
	seed := []Product{
		{3, "keyboard", 49.99, 10}, {1, "mouse", 19.5, 0},
		{2, "monitor", 219, 4}, {4, "cable", 4.25, 100}, {2, "dup", 1, 1},
	}
	for _, p := range seed {
		if err := repo.Create(p); err != nil {
			fmt.Println("seed error:", err, "| duplicate?", errors.Is(err, ErrDuplicate))
		}
	}

	inStock := repo.Find(func(p Product) bool { return p.Stock > 0 })
	fmt.Println("in stock:")
	for _, p := range inStock {
		fmt.Printf("  %+v\n", p)
	}

	if p, err := repo.Get(2); err == nil {
		p.Price *= 0.9
		p.Stock--
		_ = repo.Update(p)
	}
	p, _ := repo.Get(2)
	fmt.Printf("after discount: %s %.2f stock=%d\n", p.Name, p.Price, p.Stock)

	fmt.Println("delete 1:", repo.Delete(1), "delete 1 again:", repo.Delete(1))
	_, err := repo.Get(1)
	fmt.Println("get 1:", err, "| not found?", errors.Is(err, ErrNotFound))
	fmt.Println("update 9:", repo.Update(Product{ID: 9}))

	cheap := repo.Find(func(p Product) bool { return p.Price < 50 })
	names := make([]string, len(cheap))
	for i, c := range cheap {
		names[i] = c.Name
	}
	fmt.Println("cheap:", names)
}
