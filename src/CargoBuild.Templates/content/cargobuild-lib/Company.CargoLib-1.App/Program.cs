using Company.CargoLib_1;

Console.WriteLine($"2 + 3 = {Calculator.Add(2, 3)}, computed in Rust.");
