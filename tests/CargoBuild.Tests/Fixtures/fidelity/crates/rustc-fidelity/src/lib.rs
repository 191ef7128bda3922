pub fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() { x } else { y }
}

pub fn total(a: i32, b: i32) -> String {
    let sum: String = a + b;
    sum
}

pub fn compare(a: i32, b: i32) -> Ordering {
    a.cmp(&b)
}

pub fn lengths() -> Vec<usize> {
    let lengths: Vec<usize> = Vec::<u8>::new();
    lengths
}
