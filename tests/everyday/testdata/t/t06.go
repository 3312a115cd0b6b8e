package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(ok bool) *MyErr {
	if ok {
		return nil
	}
	return &MyErr{Code: 404}
}

func findBad(ok bool) error {
	var p *MyErr
	if !ok {
		p = &MyErr{Code: 500}
	}
	return p // non-nil interface even when p is nil
}

func findGood(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{Code: 500}
}

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s *Sq) Area() float64 {
	if s == nil {
		return 0
	}
	return s.S * s.S
}

func main() {
	e1 := findBad(true)
	fmt.Println("findBad(true) == nil:", e1 == nil)
	fmt.Printf("%T\n", e1)
	e2 := findGood(true)
	fmt.Println("findGood(true) == nil:", e2 == nil)

	if p := find(true); p == nil {
		fmt.Println("typed pointer nil")
	}

	err := fmt.Errorf("wrapped: %w", findGood(false))
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as MyErr:", me.Code, err)
	}

	var sp *Sq
	var sh Shape = sp
	fmt.Println(sh != nil, sh.Area())
	sh = &Sq{3}
	fmt.Println(sh.Area())

	var iface any
	fmt.Println(iface == nil)
	iface = (*int)(nil)
	fmt.Println(iface == nil, iface.(*int) == nil)

	// comparing interfaces holding comparable values
	var a, b any = 3, 3
	fmt.Println(a == b)
	b = int64(3)
	fmt.Println(a == b)
	a, b = Sq{2}, Sq{2}
	fmt.Println(a == b)

	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var x, y any = []int{1}, []int{1}
		fmt.Println(x == y)
	}()

	joined := errors.Join(errors.New("first"), nil, errors.New("second"))
	fmt.Println(joined)
}
