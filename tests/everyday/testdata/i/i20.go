package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Registry maps IDs to entities; the ID type is a user-defined named type.
type Registry[ID cmp.Ordered, E any] struct {
	byID   map[ID]E
	nextID func() ID
}

func NewRegistry[ID cmp.Ordered, E any](gen func() ID) *Registry[ID, E] {
	return &Registry[ID, E]{byID: map[ID]E{}, nextID: gen}
}

func (r *Registry[ID, E]) Insert(e E) ID {
	id := r.nextID()
	r.byID[id] = e
	return id
}

func (r *Registry[ID, E]) Update(id ID, f func(*E)) bool {
	e, ok := r.byID[id]
	if !ok {
		return false
	}
	f(&e)
	r.byID[id] = e
	return true
}

func (r *Registry[ID, E]) Sorted() []ID { return slices.Sorted(maps.Keys(r.byID)) }

func (r *Registry[ID, E]) Dump(w *strings.Builder) {
	for _, id := range r.Sorted() {
		fmt.Fprintf(w, "  %v => %v\n", id, r.byID[id])
	}
}

type UserID int

func (u UserID) String() string { return fmt.Sprintf("user-%d", int(u)) }

type OrderNo string

type User struct {
	Name  string
	Email string
	Admin bool
}

func (u User) String() string {
	role := "member"
	if u.Admin {
		role = "admin"
	}
	return fmt.Sprintf("%s <%s> (%s)", u.Name, u.Email, role)
}

type Order struct {
	Owner UserID
	Items []string
}

func main() {
	n := UserID(1000)
	users := NewRegistry[UserID, User](func() UserID { n += 7; return n })
	alice := users.Insert(User{"Alice", "alice@example.com", false})
	bob := users.Insert(User{"Bob", "bob@example.com", false})
	users.Insert(User{"Carol", "carol@example.com", true})

	users.Update(alice, func(u *User) { u.Admin = true })
	fmt.Println("update missing:", users.Update(UserID(1), func(u *User) { u.Name = "ghost" }))

	var sb strings.Builder
	users.Dump(&sb)
	fmt.Print("users:\n", sb.String())

	seq := 0
	orders := NewRegistry[OrderNo, Order](func() OrderNo {
		seq++
		return OrderNo(fmt.Sprintf("ORD-%04d", seq*37%1000))
	})
	orders.Insert(Order{bob, []string{"book"}})
	orders.Insert(Order{alice, []string{"pen", "ink"}})
	orders.Insert(Order{bob, []string{"lamp", "bulb", "cord"}})
	orders.Update("ORD-0074", func(o *Order) { o.Items = append(o.Items, "nib") })

	sb.Reset()
	orders.Dump(&sb)
	fmt.Print("orders:\n", sb.String())

	itemsPerUser := map[UserID]int{}
	for _, id := range orders.Sorted() {
		o := orders.byID[id]
		itemsPerUser[o.Owner] += len(o.Items)
	}
	for _, u := range slices.Sorted(maps.Keys(itemsPerUser)) {
		fmt.Printf("%v (%s) bought %d items\n", u, users.byID[u].Name, itemsPerUser[u])
	}
	fmt.Println("user ids:", users.Sorted())
	fmt.Printf("%v\n", map[UserID]bool{bob: true, alice: false})
}
