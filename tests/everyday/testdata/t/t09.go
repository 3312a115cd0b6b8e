package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

const (
	a, b = iota, iota * 100
	c, d
	e, f
)

const big = 1 << 100
const huge = big >> 98

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(ByteSize(1500), ByteSize(3.5*float64(MB)), ByteSize(512))
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(Read, Write, Exec, All)
	fmt.Printf("%d %d %d %d\n", Read, Write, Exec, All)
	p := Read | Exec
	fmt.Println(p, p&^Read, p|Write, p^All)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println("huge:", huge)
	fmt.Printf("%T %T\n", MB, Saturday)

	type Color int
	const (
		Red Color = iota + 1
		Green
		Blue
	)
	names := map[Color]string{Red: "red", Green: "green", Blue: "blue"}
	for col := Red; col <= Blue; col++ {
		fmt.Printf("%d=%s ", col, names[col])
	}
	fmt.Println()
}
