package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Base struct {
	ID   int
	name string
}

func (b Base) Name() string     { return "base:" + b.name }
func (b *Base) Rename(n string) { b.name = n }
func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name()) }

type Dog struct {
	Base
	name  string // shadows Base.name
	Breed string
}

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return "dog:" + d.name }

type Cat struct {
	*Base
	Lives int
}

func (c *Cat) Sound() string { return "meow" }

func describe(a Animal) string {
	return fmt.Sprintf("%s says %s", a.Name(), a.Sound())
}

func main() {
	d := Dog{Base: Base{ID: 1, name: "rex-base"}, name: "rex", Breed: "lab"}
	fmt.Println(d.name, d.Base.name)
	fmt.Println(d.Name(), d.Base.Name())
	fmt.Println(d.Describe()) // promoted; uses Base.Name
	d.Rename("renamed")       // promoted pointer method on addressable value
	fmt.Println(d.Base.name, d.name)

	c := &Cat{Base: &Base{ID: 2, name: "tom"}, Lives: 9}
	c.Rename("tom2")
	fmt.Println(c.Name(), c.Lives, c.ID)

	animals := []Animal{d, c, &d}
	for _, a := range animals {
		fmt.Println(describe(a))
	}

	// Cat value doesn't implement Animal (Sound has pointer receiver) — check via interface
	var x any = *c
	if _, ok := x.(Animal); !ok {
		fmt.Println("Cat value is not an Animal")
	}
	x = c
	if a, ok := x.(Animal); ok {
		fmt.Println("*Cat is an Animal:", a.Sound())
	}

	type Namer interface{ Name() string }
	var n Namer = d.Base
	fmt.Println(n.Name())
	fmt.Printf("%+v\n", d)
	fmt.Printf("%T %T\n", animals[0], animals[1])
}
