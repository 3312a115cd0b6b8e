package main

import (
	"container/list"
	"errors"
	"fmt"
)

type User struct {
	ID    int
	Name  string
	Email string
}

var ErrNoUser = errors.New("user not found")

type UserRepo interface {
	ByID(id int) (User, error)
	Save(u User) error
}

// slowRepo stands in for a database; it counts round trips.
type slowRepo struct {
	rows    map[int]User
	queries int
}

func (r *slowRepo) ByID(id int) (User, error) {
	r.queries++
	u, ok := r.rows[id]
	if !ok {
		return User{}, fmt.Errorf("select id=%d: %w", id, ErrNoUser)
	}
	return u, nil
}

func (r *slowRepo) Save(u User) error {
	r.queries++
	r.rows[u.ID] = u
	return nil
}

// cachedRepo decorates any UserRepo with a bounded LRU cache.
type cachedRepo struct {
	UserRepo // embedded: methods not overridden pass straight through
	cap      int
	order    *list.List
	items    map[int]*list.Element
	hits     int
	misses   int
	evicted  []int
}

type entry struct {
	id   int
	user User
}

func WithCache(inner UserRepo, capacity int) *cachedRepo {
	return &cachedRepo{UserRepo: inner, cap: capacity, order: list.New(), items: map[int]*list.Element{}}
}

func (c *cachedRepo) ByID(id int) (User, error) {
	if el, ok := c.items[id]; ok {
		c.hits++
		c.order.MoveToFront(el)
		return el.Value.(*entry).user, nil
	}
	c.misses++
	u, err := c.UserRepo.ByID(id)
	if err != nil {
		return User{}, err // do not cache failures
	}
	c.put(id, u)
	return u, nil
}

func (c *cachedRepo) Save(u User) error {
	if err := c.UserRepo.Save(u); err != nil {
		return err
	}
	if el, ok := c.items[u.ID]; ok { // write-through for cached keys
		el.Value.(*entry).user = u
		c.order.MoveToFront(el)
	}
	return nil
}

func (c *cachedRepo) put(id int, u User) {
	c.items[id] = c.order.PushFront(&entry{id, u})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		e := last.Value.(*entry)
		delete(c.items, e.id)
		c.evicted = append(c.evicted, e.id)
	}
}

func (c *cachedRepo) Keys() []int {
	var ks []int
	for el := c.order.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry).id)
	}
	return ks
}

// Greeter is business code; it only knows the interface.
type Greeter struct{ repo UserRepo }

func (g Greeter) Greet(id int) string {
	u, err := g.repo.ByID(id)
	if errors.Is(err, ErrNoUser) {
		return fmt.Sprintf("#%d: who are you?", id)
	}
	return fmt.Sprintf("#%d: hello %s <%s>", id, u.Name, u.Email)
}

func main() {
	db := &slowRepo{rows: map[int]User{
		1: {1, "Ana", "ana@x.io"},
		2: {2, "Ben", "ben@x.io"},
		3: {3, "Chen", "chen@x.io"},
		4: {4, "Dara", "dara@x.io"},
	}}
	cache := WithCache(db, 3)

	direct := Greeter{db}
	cached := Greeter{cache}

	fmt.Println("without cache:")
	for _, id := range []int{1, 2, 1, 1} {
		fmt.Println("  " + direct.Greet(id))
	}
	fmt.Printf("  db queries so far: %d\n\n", db.queries)

	db.queries = 0
	fmt.Println("with LRU cache (capacity 3):")
	for _, id := range []int{1, 2, 1, 3, 4, 2, 9, 9, 1} {
		before := db.queries
		line := cached.Greet(id)
		fmt.Printf("  %-32s db+%d  lru=%v\n", line, db.queries-before, cache.Keys())
	}

	fmt.Println("\nsave through the decorator:")
	cache.Save(User{1, "Ana María", "ana@x.io"})
	cache.Save(User{3, "Chen Li", "chen@x.io"})
	fmt.Println("  " + cached.Greet(1))
	fmt.Println("  " + cached.Greet(3))
	fmt.Printf("  lru=%v\n", cache.Keys())

	fmt.Printf("\nstats: hits=%d misses=%d evicted=%v db queries=%d\n",
		cache.hits, cache.misses, cache.evicted, db.queries)
	ratio := float64(cache.hits) / float64(cache.hits+cache.misses)
	fmt.Printf("hit ratio: %.1f%%\n", ratio*100)
}
