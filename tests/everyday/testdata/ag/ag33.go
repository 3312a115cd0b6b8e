// ag33: instantiating generics with pointers: the `PT interface{ *T; M() }` pattern, object pools and pointer keys.
package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Decodable is satisfied by *T when *T has a Decode method.
type Decodable[T any] interface {
	*T
	Decode(fields []string) error
}

// ParseAll allocates a T per line and decodes through its pointer.
func ParseAll[T any, PT Decodable[T]](lines []string) ([]T, []error) {
	var out []T
	var errs []error
	for i, ln := range lines {
		var v T
		if err := PT(&v).Decode(strings.Split(ln, ",")); err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", i+1, err))
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

type User struct {
	Name string
	Age  int
}

func (u *User) Decode(f []string) error {
	if len(f) != 2 {
		return fmt.Errorf("want 2 fields, got %d", len(f))
	}
	age, err := strconv.Atoi(strings.TrimSpace(f[1]))
	if err != nil {
		return fmt.Errorf("age: %w", err)
	}
	u.Name, u.Age = strings.TrimSpace(f[0]), age
	return nil
}

type Point3 struct{ X, Y, Z float64 }

func (p *Point3) Decode(f []string) error {
	if len(f) != 3 {
		return fmt.Errorf("want 3 coords")
	}
	dst := []*float64{&p.X, &p.Y, &p.Z}
	for i, s := range f {
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return err
		}
		*dst[i] = v
	}
	return nil
}

type Resetter[T any] interface {
	*T
	Reset()
}

// Pool recycles *T values, resetting them on release.
type Pool[T any, PT Resetter[T]] struct {
	free      []PT
	allocated int
}

func (p *Pool[T, PT]) Get() PT {
	if n := len(p.free); n > 0 {
		v := p.free[n-1]
		p.free = p.free[:n-1]
		return v
	}
	p.allocated++
	return PT(new(T))
}

func (p *Pool[T, PT]) Put(v PT) {
	v.Reset()
	p.free = append(p.free, v)
}

type Buffer struct {
	data []byte
	uses int
}

func (b *Buffer) Reset() { b.data = b.data[:0]; b.uses++ }

// Apply works on a slice of pointers and mutates the pointees.
func Apply[T any](ptrs []*T, f func(*T)) {
	for _, p := range ptrs {
		f(p)
	}
}

func IndexOfPtr[T any](xs []*T, target *T) int {
	return slices.Index(xs, target) // pointers are comparable: identity, not value
}

func main() {
	users, errs := ParseAll[User]([]string{"ann, 31", "bob,x", "cy,27", "dee", " eve , 45 "})
	for _, u := range users {
		fmt.Printf("user %-4s age %d\n", u.Name, u.Age)
	}
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	pts, perrs := ParseAll[Point3]([]string{"1,2,3", "0.5, -1, 4e2", "1,2"})
	fmt.Println("points:", pts, "errors:", len(perrs), perrs)

	var pool Pool[Buffer, *Buffer]
	var held []*Buffer
	for round := 1; round <= 3; round++ {
		for i := 0; i < round+1; i++ {
			b := pool.Get()
			b.data = append(b.data, fmt.Sprintf("r%d-%d", round, i)...)
			held = append(held, b)
		}
		fmt.Printf("round %d: holding %d, allocated %d, first=%q\n", round, len(held), pool.allocated, held[0].data)
		for _, b := range held {
			pool.Put(b)
		}
		held = held[:0]
	}
	totalUses := 0
	for _, b := range pool.free {
		totalUses += b.uses
	}
	fmt.Println("pool free:", len(pool.free), "total resets:", totalUses)

	a, b, c := &User{"a", 1}, &User{"b", 2}, &User{"a", 1}
	ptrs := []*User{a, b, c}
	Apply(ptrs, func(u *User) { u.Age *= 10 })
	fmt.Println("ages after apply:", a.Age, b.Age, c.Age)
	fmt.Println("index of c:", IndexOfPtr(ptrs, c), "index of copy of a:", IndexOfPtr(ptrs, &User{"a", 10}))
	fmt.Println("a == c by value:", *a == *c, "by pointer:", a == c)

	seen := map[*User]int{}
	for _, p := range []*User{a, b, a, c, a} {
		seen[p]++
	}
	fmt.Println("visits: a", seen[a], "b", seen[b], "c", seen[c], "distinct", len(seen))
}
